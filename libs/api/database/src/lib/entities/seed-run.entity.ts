import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which one-time seeds (the demo dataset) have been loaded, so a restart does not load them again. */
@Entity('seed_runs')
export class SeedRunEntity {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ name: 'applied_at', type: 'timestamptz', default: () => 'now()' })
  appliedAt!: Date;
}
