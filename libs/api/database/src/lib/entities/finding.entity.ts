import { FindingSeverity, FindingStatus, MatchDecision } from '@tdkt/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MutableRecord } from './base';
import { CommendationEntity } from './commendation.entity';

/** A rule-engine result on a commendation (§5), worked through by council reviewers. */
@Entity('findings')
@Index('findings_commendation_rule_uq', ['commendationId', 'ruleId'], { unique: true })
@Index('findings_province_year_idx', ['provinceId', 'year'])
@Index('findings_status_severity_idx', ['status', 'severity'])
export class FindingEntity extends MutableRecord {
  @Column({ name: 'commendation_id', type: 'uuid' })
  commendationId!: string;

  @ManyToOne(() => CommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commendation_id', foreignKeyConstraintName: 'findings_commendation_fk' })
  commendation?: CommendationEntity;

  @Column({ name: 'rule_id', type: 'text' })
  ruleId!: string;

  /** The rule set that produced the current text, so a reviewer knows which version of the rules spoke. */
  @Column({ name: 'rule_version', type: 'text' })
  ruleVersion!: string;

  @Column({ type: 'text' })
  severity!: FindingSeverity;

  @Column({ type: 'text' })
  status!: FindingStatus;

  @Column({ type: 'text' })
  explanation!: string;

  /** Commendations the rule used (the matched history, the duplicate, the other flag…). */
  @Column({ name: 'evidence_ids', type: 'uuid', array: true, default: () => `'{}'` })
  evidenceIds!: string[];

  /** What the reviewer must look for in the dossier (anyOf branches that need a document). */
  @Column({ name: 'evidence_needed', type: 'text', array: true, default: () => `'{}'` })
  evidenceNeeded!: string[];

  /** The anyOf branch that passed, once the finding cleared. */
  @Column({ type: 'text', nullable: true })
  branch!: string | null;

  /** Copied from the commendation at each run, for scoped lists and counts without a join. */
  @Column({ name: 'province_id', type: 'uuid' })
  provinceId!: string;

  @Column({ type: 'int', nullable: true })
  year!: number | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** Null while open, and when a re-run cleared it because the rule holds again. */
  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'last_run_at', type: 'timestamptz' })
  lastRunAt!: Date;
}

/** A reviewer's word on whether two commendations are the same recipient; it overrides the automatic match. */
@Entity('recipient_matches')
@Index('recipient_matches_pair_uq', ['commendationId', 'matchedId'], { unique: true })
@Index('recipient_matches_matched_idx', ['matchedId'])
export class RecipientMatchEntity extends MutableRecord {
  @Column({ name: 'commendation_id', type: 'uuid' })
  commendationId!: string;

  @Column({ name: 'matched_id', type: 'uuid' })
  matchedId!: string;

  @Column({ type: 'text' })
  decision!: MatchDecision;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;
}
