import { BallotChannel, ScoreMethod, ScoreSheetStatus, VoteStatus } from '@tdkt/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AwardTypeEntity } from './award-type.entity';
import { MutableRecord } from './base';
import { ClusterEntity } from './cluster.entity';
import { MeetingEntity } from './meeting.entity';
import { numericTransformer } from './pledge.entity';
import { ProvinceEntity } from './province.entity';

export interface StoredScoreCriterion {
  code: string;
  name: string;
  group: string;
  maxPoints: number;
  method: ScoreMethod;
  pledgeCriterionCode: string | null;
}

export interface StoredScoreAdjustment {
  code: string;
  name: string;
  maxPoints: number;
}

/** A cluster's score sheet (bảng chấm điểm) of one year; its items are frozen once it opens. */
@Entity('score_sheets')
@Index('score_sheets_cluster_year_uq', ['clusterId', 'year'], { unique: true })
export class ScoreSheetEntity extends MutableRecord {
  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity)
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'score_sheets_cluster_fk' })
  cluster?: ClusterEntity;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  status!: ScoreSheetStatus;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  criteria!: StoredScoreCriterion[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  bonuses!: StoredScoreAdjustment[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  deductions!: StoredScoreAdjustment[];

  @Column({ name: 'copied_from_year', type: 'int', nullable: true })
  copiedFromYear!: number | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}

export interface StoredScoreEntry {
  selfScore: number | null;
  agreedScore: number | null;
  note: string | null;
  comment: string | null;
}

/** A member province's scores on a sheet, keyed by item code. */
@Entity('score_cards')
@Index('score_cards_sheet_province_uq', ['sheetId', 'provinceId'], { unique: true })
export class ScoreCardEntity extends MutableRecord {
  @Column({ name: 'sheet_id', type: 'uuid' })
  sheetId!: string;

  @ManyToOne(() => ScoreSheetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sheet_id', foreignKeyConstraintName: 'score_cards_sheet_fk' })
  sheet?: ScoreSheetEntity;

  @Column({ name: 'province_id', type: 'uuid' })
  provinceId!: string;

  @ManyToOne(() => ProvinceEntity)
  @JoinColumn({ name: 'province_id', foreignKeyConstraintName: 'score_cards_province_fk' })
  province?: ProvinceEntity;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  entries!: Record<string, StoredScoreEntry>;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}

export interface StoredTally {
  rows: Array<{ provinceCode: string; votes: number; share: number; elected: boolean }>;
  cast: number;
  eligible: number;
  quorumBallots: number;
  thresholdVotes: number;
  quorumMet: boolean;
  elected: string[];
  tieAtLastSeat: boolean;
}

/** A cluster's secret-ballot vote (bình xét, suy tôn) for one award; the tally is written once, at close. */
@Entity('votes')
@Index('votes_cluster_year_idx', ['clusterId', 'year'])
export class VoteEntity extends MutableRecord {
  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity)
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'votes_cluster_fk' })
  cluster?: ClusterEntity;

  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => MeetingEntity, { nullable: true })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'votes_meeting_fk' })
  meeting?: MeetingEntity | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'award_type_id', type: 'uuid' })
  awardTypeId!: string;

  @ManyToOne(() => AwardTypeEntity)
  @JoinColumn({ name: 'award_type_id', foreignKeyConstraintName: 'votes_award_type_fk' })
  awardType?: AwardTypeEntity;

  @Column({ type: 'int' })
  seats!: number;

  /** Province codes of the candidates, in the order shown on the ballot. */
  @Column({ type: 'text', array: true })
  candidates!: string[];

  @Column({ type: 'numeric', precision: 5, scale: 4, transformer: numericTransformer })
  quorum!: number;

  @Column({ type: 'numeric', precision: 5, scale: 4, transformer: numericTransformer })
  threshold!: number;

  @Column({ type: 'text' })
  status!: VoteStatus;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  result!: StoredTally | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}

/** The register of a vote: which member voted, when and how. It says nothing of what the member chose. */
@Entity('vote_register')
export class VoteRegisterEntity {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid', primaryKeyConstraintName: 'vote_register_pk' })
  voteId!: string;

  @PrimaryColumn({ name: 'province_id', type: 'uuid', primaryKeyConstraintName: 'vote_register_pk' })
  provinceId!: string;

  @Column({ name: 'cast_at', type: 'timestamptz' })
  castAt!: Date;

  @Column({ type: 'text' })
  channel!: BallotChannel;

  /** The user who cast it online, or the chair who entered the paper ballot. */
  @Column({ name: 'entered_by', type: 'uuid', nullable: true })
  enteredBy!: string | null;
}

/**
 * The ballot box: a random id and the choices, nothing else — no province, no user, no time, no sequence — so no
 * query can join a ballot to the register.
 */
@Entity('vote_ballots')
export class VoteBallotEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'vote_ballots_pk' })
  id!: string;

  @Column({ name: 'vote_id', type: 'uuid' })
  voteId!: string;

  @Column({ type: 'text', array: true })
  choices!: string[];
}
