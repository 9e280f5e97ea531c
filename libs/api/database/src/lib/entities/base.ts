import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Dates are kept as YYYY-MM-DD strings: a decision date has no time zone. */
export const dateColumn = { type: 'date' as const };

export abstract class BaseRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A record users edit: optimistic locking through `version`. */
export abstract class MutableRecord extends BaseRecord {
  @VersionColumn()
  version!: number;
}
