import { Period } from '@tdkt/shared/contracts';
import { Column, Entity } from 'typeorm';
import { MutableRecord } from './base';

/** A cluster's semi-annual or annual review report (§3). */
@Entity('reports')
export class ReportEntity extends MutableRecord {
  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  period!: Period;
}
