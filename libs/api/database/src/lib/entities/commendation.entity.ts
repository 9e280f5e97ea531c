import { CommendationKind, CommendationStatus, Gender, RecipientClass, RecipientKind } from '@tdkt/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MutableRecord, dateColumn } from './base';
import { AwardTypeEntity } from './award-type.entity';
import { MovementEntity } from './movement.entity';
import { ProvinceEntity } from './province.entity';

/**
 * The year a commendation counts towards: its decision's year, or the achievement year while undecided.
 * Written exactly as in the list indexes (migration CommendationListIndexes), which the planner matches textually.
 */
/**
 * Unique index on the import's duplicate key (province, award, recipient name and decision number, case aside) over
 * imported rows: two imports of the same rows at once cannot both commit (migration UniqueImportedCommendations).
 */
export const COMMENDATION_IMPORT_DUPLICATE_INDEX = 'commendations_import_duplicate_uq';

export const RECORD_YEAR_SQL = (alias: string) => `COALESCE(EXTRACT(YEAR FROM ${alias}.decision_date)::int, ${alias}.achievement_year)`;

/** One award to one recipient; provincial awards are recorded APPROVED, central ones go through the council. */
@Entity('commendations')
// Hand-written in the migrations (expressions, trigram operator class): schema generation leaves them alone.
@Index('commendations_list_order_idx', { synchronize: false })
@Index('commendations_province_year_idx', { synchronize: false })
@Index('commendations_search_text_trgm', { synchronize: false })
@Index('commendations_decision_date_idx', { synchronize: false })
@Index(COMMENDATION_IMPORT_DUPLICATE_INDEX, { synchronize: false })
@Index('commendations_province_decision_date_idx', ['provinceId', 'decisionDate'])
@Index('commendations_award_type_idx', ['awardTypeId'])
@Index('commendations_status_idx', ['status'])
export class CommendationEntity extends MutableRecord {
  @Column({ name: 'recipient_kind', type: 'text' })
  recipientKind!: RecipientKind;

  @Column({ name: 'recipient_name', type: 'text' })
  recipientName!: string;

  @Column({ type: 'text', nullable: true })
  position!: string | null;

  @Column({ type: 'text', nullable: true })
  organization!: string | null;

  /** Optional; tells namesakes apart when both records carry one. */
  @Column({ name: 'date_of_birth', ...dateColumn, nullable: true })
  dateOfBirth!: string | null;

  /** The province-run cluster or bloc a collective competes in (Law Art. 26.1), optional. */
  @Column({ name: 'province_cluster', type: 'text', nullable: true })
  provinceCluster!: string | null;

  /** The day the recipient's latest disciplinary sanction ends; achievements count from it (Decree 152/2025 Art. 4.4). Null: not recorded. */
  @Column({ name: 'discipline_until', ...dateColumn, nullable: true })
  disciplineUntil!: string | null;

  /** A discipline case, inspection, investigation or complaint pending at the proposal or decision (Art. 4.4). Null: not recorded. */
  @Column({ name: 'pending_review', type: 'boolean', nullable: true })
  pendingReview!: boolean | null;

  /** A collective's member disciplined at cảnh cáo or above in the achievement year (Law Art. 28). Null: not recorded. */
  @Column({ name: 'member_warned_or_above', type: 'boolean', nullable: true })
  memberWarnedOrAbove!: boolean | null;

  @Column({ name: 'province_id', type: 'uuid' })
  provinceId!: string;

  @ManyToOne(() => ProvinceEntity)
  @JoinColumn({ name: 'province_id', foreignKeyConstraintName: 'commendations_province_fk' })
  province?: ProvinceEntity;

  @Column({ type: 'text', nullable: true })
  gender!: Gender | null;

  @Column({ name: 'ethnic_minority', type: 'boolean', default: false })
  ethnicMinority!: boolean;

  @Column({ name: 'recipient_class', type: 'text', nullable: true })
  recipientClass!: RecipientClass | null;

  @Column({ name: 'award_type_id', type: 'uuid' })
  awardTypeId!: string;

  @ManyToOne(() => AwardTypeEntity)
  @JoinColumn({ name: 'award_type_id', foreignKeyConstraintName: 'commendations_award_type_fk' })
  awardType?: AwardTypeEntity;

  @Column({ type: 'text' })
  kind!: CommendationKind;

  @Column({ name: 'movement_id', type: 'uuid', nullable: true })
  movementId!: string | null;

  @ManyToOne(() => MovementEntity, { nullable: true })
  @JoinColumn({ name: 'movement_id', foreignKeyConstraintName: 'commendations_movement_fk' })
  movement?: MovementEntity | null;

  @Column({ name: 'achievement_year', type: 'int', nullable: true })
  achievementYear!: number | null;

  @Column({ name: 'decision_number', type: 'text', nullable: true })
  decisionNumber!: string | null;

  @Column({ name: 'decision_date', ...dateColumn, nullable: true })
  decisionDate!: string | null;

  @Column({ name: 'deciding_authority', type: 'text', nullable: true })
  decidingAuthority!: string | null;

  @Column({ type: 'text', nullable: true })
  citation!: string | null;

  @Column({ type: 'text' })
  status!: CommendationStatus;

  /** Why the council returned the proposal, or why the award was revoked. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason!: string | null;

  /** Folded recipient name, organisation and decision number, for accent-insensitive search. */
  @Column({ name: 'search_text', type: 'text' })
  searchText!: string;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  /** Created by an Excel import: such rows obey the import's duplicate rule in the database too. */
  @Column({ type: 'boolean', default: false })
  imported!: boolean;

  /** The cluster's vote this proposal comes from (year-end nominations, spec §9); null otherwise. */
  @Column({ name: 'vote_id', type: 'uuid', nullable: true })
  voteId?: string | null;
}
