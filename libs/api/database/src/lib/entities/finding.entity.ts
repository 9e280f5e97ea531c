import { Column, Entity } from 'typeorm';
import { MutableRecord } from './base';

/** A rule-engine result on a commendation (§5), worked through by council reviewers. */
@Entity('findings')
export class FindingEntity extends MutableRecord {
  @Column({ name: 'commendation_id', type: 'uuid' })
  commendationId!: string;

  @Column({ name: 'rule_id', type: 'text' })
  ruleId!: string;
}
