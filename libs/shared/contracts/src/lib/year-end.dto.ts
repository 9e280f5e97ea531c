import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ClusterYearPathDto } from './clusters.dto';
import { AWARD_TYPE_CODE_PATTERN, CommendationView } from './commendations.dto';
import { IsOptionalText, IsProvinceCode, IsRecordYear, IsRequiredText } from './validation';

/** How a score-sheet criterion is scored: typed by people, or computed from the pledge's achievement rate. */
export enum ScoreMethod {
  MANUAL = 'MANUAL',
  PLEDGE_RATE = 'PLEDGE_RATE',
}

/** DRAFT (the chair edits the items) → OPEN (frozen: members score) → CLOSED (nothing changes). */
export enum ScoreSheetStatus {
  CLOSED = 'CLOSED',
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
}

/** Which list of the sheet an item belongs to. */
export enum ScoreItemKind {
  BONUS = 'BONUS',
  CRITERION = 'CRITERION',
  DEDUCTION = 'DEDUCTION',
}

/** Where a member stands in the scoring: nothing yet, its own scores entered, or every item agreed by the chair. */
export enum ScoringStatus {
  AGREED = 'AGREED',
  NOT_SCORED = 'NOT_SCORED',
  SELF_SCORED = 'SELF_SCORED',
}

/** DRAFT (set up) → OPEN (ballots accepted) → CLOSED (tallied; never changes again). */
export enum VoteStatus {
  CLOSED = 'CLOSED',
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
}

/** How a member's ballot reached the vote: cast online by its staff, or entered by the chair from the paper ballot. */
export enum BallotChannel {
  ONLINE = 'ONLINE',
  PAPER = 'PAPER',
}

/** Defaults of a vote (spec §9), stored with each vote so later changes of the defaults do not alter it. */
export const VOTE_DEFAULTS = {
  /** 2/3 of the year's members must cast a ballot (written with 4 decimals; see `fractionNeeded`). */
  quorum: 0.6667,
  seats: 1,
  /** ≥ 80 % of the year's members, Decree 98/2023 Art. 30.7 (flags). */
  threshold: 0.8,
} as const;

/** Versions are PostgreSQL integers. */
const MAX_VERSION = 2_147_483_647;
const ITEM_CODE = /^[A-Za-z0-9_.-]{1,20}$/;
const SCORE = { allowInfinity: false, allowNaN: false, maxDecimalPlaces: 2 } as const;

export class ScoreCriterionDto {
  @Matches(ITEM_CODE)
  code!: string;

  /** The group heading the criterion is printed under (e.g. "I. Thực hiện giao ước thi đua"). */
  @IsRequiredText(300)
  group!: string;

  @IsNumber(SCORE)
  @Max(1000)
  @Min(0.01)
  maxPoints!: number;

  @IsEnum(ScoreMethod)
  method!: ScoreMethod;

  @IsRequiredText(500)
  name!: string;

  /** Required for PLEDGE_RATE: the code of a criterion of the cluster's pledge of the same year. */
  @IsOptional()
  @Matches(ITEM_CODE)
  pledgeCriterionCode?: string | null;
}

/** A bonus (điểm thưởng) or deduction (điểm trừ) item, capped at `maxPoints`. */
export class ScoreAdjustmentDto {
  @Matches(ITEM_CODE)
  code!: string;

  @IsNumber(SCORE)
  @Max(1000)
  @Min(0.01)
  maxPoints!: number;

  @IsRequiredText(500)
  name!: string;
}

/** `PUT …/clusters/{code}/years/{year}/score-sheet`: the whole sheet while DRAFT; `version` 0 (or absent) creates it. */
export class PutScoreSheetDto {
  @ArrayMaxSize(50)
  @IsArray()
  @Type(() => ScoreAdjustmentDto)
  @ValidateNested({ each: true })
  bonuses!: ScoreAdjustmentDto[];

  @ArrayMaxSize(200)
  @IsArray()
  @Type(() => ScoreCriterionDto)
  @ValidateNested({ each: true })
  criteria!: ScoreCriterionDto[];

  @ArrayMaxSize(50)
  @IsArray()
  @Type(() => ScoreAdjustmentDto)
  @ValidateNested({ each: true })
  deductions!: ScoreAdjustmentDto[];

  @IsInt()
  @IsOptional()
  @Max(MAX_VERSION)
  @Min(0)
  version?: number;
}

/** `POST …/score-sheet/open` and `…/close`: the version last read. */
export class ScoreSheetVersionDto {
  @IsInt()
  @Max(MAX_VERSION)
  @Min(1)
  version!: number;
}

export interface ScoreCriterionView {
  code: string;
  group: string;
  maxPoints: number;
  method: ScoreMethod;
  name: string;
  pledgeCriterionCode: string | null;
}

export interface ScoreAdjustmentView {
  code: string;
  maxPoints: number;
  name: string;
}

export interface ScoreSheetView {
  bonuses: ScoreAdjustmentView[];
  closedAt: string | null;
  clusterCode: string;
  /** The year whose sheet this one was copied from, if any. */
  copiedFromYear: number | null;
  criteria: ScoreCriterionView[];
  deductions: ScoreAdjustmentView[];
  id: string;
  /** Σ criteria + Σ bonuses: the highest total a member can reach. */
  maxTotal: number;
  openedAt: string | null;
  status: ScoreSheetStatus;
  version: number;
  year: number;
}

/** One item of a province's scores. The staff send selfScore and note; the chair agreedScore and comment. */
export class ScoreEntryDto {
  @IsNumber(SCORE)
  @IsOptional()
  @Max(1000)
  @Min(0)
  agreedScore?: number | null;

  @Matches(ITEM_CODE)
  code!: string;

  /** The chair's comment; required where the agreed score differs from the self score. */
  @IsOptionalText(2000)
  comment?: string | null;

  /** The province's evidence (minh chứng) for its self score. */
  @IsOptionalText(2000)
  note?: string | null;

  @IsNumber(SCORE)
  @IsOptional()
  @Max(1000)
  @Min(0)
  selfScore?: number | null;
}

/** `PUT …/years/{year}/scores/{provinceCode}`: only the items sent change; `version` 0 for the first save. */
export class PutScoresDto {
  @ArrayMaxSize(300)
  @IsArray()
  @Type(() => ScoreEntryDto)
  @ValidateNested({ each: true })
  items!: ScoreEntryDto[];

  @IsInt()
  @Max(MAX_VERSION)
  @Min(0)
  version!: number;
}

export interface ScoreItemView {
  agreedScore: number | null;
  code: string;
  comment: string | null;
  /** For PLEDGE_RATE: maxPoints × min(1, achievement rate); null when the pledge has no result to compute from. */
  computedScore: number | null;
  /** The achievement rate the computed score came from. */
  rate: number | null;
  group: string | null;
  kind: ScoreItemKind;
  maxPoints: number;
  method: ScoreMethod;
  name: string;
  note: string | null;
  /** What counts: computed, else agreed, else self; capped at maxPoints (subtracted for deductions). */
  score: number;
  selfScore: number | null;
}

export interface ScoreCardView {
  clusterCode: string;
  items: ScoreItemView[];
  provinceCode: string;
  provinceName: string;
  /** Total with self scores only (computed items included). */
  selfTotal: number;
  sheetStatus: ScoreSheetStatus;
  status: ScoringStatus;
  total: number;
  updatedAt: string | null;
  version: number;
  year: number;
}

/** `GET …/years/{year}/ranking`: one row per member of the year, best first; equal totals share a rank. */
export interface RankingRow {
  provinceCode: string;
  provinceName: string;
  rank: number;
  selfTotal: number;
  /** Who has not scored yet (NOT_SCORED) is visible to the chair here. */
  status: ScoringStatus;
  total: number;
}

export class CreateVoteDto {
  @Matches(AWARD_TYPE_CODE_PATTERN)
  awardTypeCode!: string;

  /** Member provinces of the year; by default the top of the ranking (rank ≤ seats + 2, ties included). */
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsArray()
  @IsOptional()
  @IsProvinceCode({ each: true })
  candidates?: string[];

  @Matches(/^[A-Z0-9_]{2,20}$/)
  clusterCode!: string;

  @IsOptional()
  @IsUUID()
  meetingId?: string | null;

  /** Share of the year's members that must cast a ballot, 0–1 with 4 decimals (0.6667 = two thirds). */
  @IsNumber({ allowInfinity: false, allowNaN: false, maxDecimalPlaces: 4 })
  @IsOptional()
  @Max(1)
  @Min(0.0001)
  quorum?: number;

  @IsInt()
  @IsOptional()
  @Max(20)
  @Min(1)
  seats?: number;

  /** Share of the year's members whose ballots must name a candidate for it to be elected, 0–1 with 4 decimals. */
  @IsNumber({ allowInfinity: false, allowNaN: false, maxDecimalPlaces: 4 })
  @IsOptional()
  @Max(1)
  @Min(0.0001)
  threshold?: number;

  @IsRequiredText(500)
  title!: string;

  @IsRecordYear()
  year!: number;
}

export class VoteQueryDto {
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,20}$/)
  clusterCode?: string;

  @IsOptional()
  @IsRecordYear()
  @Type(() => Number)
  year?: number;
}

/** `POST /votes/{id}/ballots`: `{choices}` by a member's staff, `{provinceCode, choices}` by the chair from the paper ballot. */
export class CastBallotDto {
  /** Candidates' province codes, at most `seats`; an empty list is a blank ballot (counts for the quorum). */
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsArray()
  @IsProvinceCode({ each: true })
  choices!: string[];

  @IsOptional()
  @IsProvinceCode()
  provinceCode?: string;
}

export interface VoteCandidateView {
  provinceCode: string;
  provinceName: string;
}

/** The register: which members have voted, never what. */
export interface VoteRegisterRow {
  channel: BallotChannel | null;
  provinceCode: string;
  provinceName: string;
  voted: boolean;
}

export interface VoteTallyRow {
  elected: boolean;
  provinceCode: string;
  provinceName: string;
  /** votes / eligible, 4 decimals. */
  share: number;
  votes: number;
}

export interface VoteNominationRef {
  commendationId: string;
  provinceCode: string;
  status: string;
}

export interface VoteView {
  awardTypeCode: string;
  awardTypeName: string;
  candidates: VoteCandidateView[];
  /** Set once closed; null before. */
  cast: number | null;
  closedAt: string | null;
  clusterCode: string;
  clusterName: string;
  /** Province codes elected (closed votes only). */
  elected: string[];
  /** Members of the cluster that year: the base of the quorum and the threshold. */
  eligible: number;
  id: string;
  meetingId: string | null;
  nominations: VoteNominationRef[];
  openedAt: string | null;
  quorum: number;
  /** Ballots needed for the quorum, from `quorum` and `eligible`. */
  quorumBallots: number;
  quorumMet: boolean | null;
  register: VoteRegisterRow[];
  seats: number;
  status: VoteStatus;
  /** Empty before closing: nobody sees a count while the vote runs. */
  tally: VoteTallyRow[];
  threshold: number;
  /** Votes a candidate needs, from `threshold` and `eligible`. */
  thresholdVotes: number;
  /** True when candidates tied at the last seat above the threshold: that seat stays empty (a new vote decides it). */
  tieAtLastSeat: boolean;
  title: string;
  version: number;
  year: number;
}

/** What a commendation created from a vote carries, so the reviewer sees the result beside the proposal. */
export interface CommendationVoteSummary {
  cast: number;
  closedAt: string;
  eligible: number;
  elected: boolean;
  id: string;
  quorumMet: boolean;
  share: number;
  title: string;
  votes: number;
}

/** `POST /votes/{id}/nominations` answers the created proposals as the commendation list does. */
export type NominationsView = CommendationView[];

/** The path of a province's scores: /clusters/{code}/years/{year}/scores/{provinceCode} (the sheet uses ClusterYearPathDto). */
export class ClusterYearProvincePathDto extends ClusterYearPathDto {
  @IsProvinceCode()
  provinceCode!: string;
}

/** `statistics.yearEnd` of an annual (FY) report: the score table, the ranking and the votes' results; null without a sheet or vote. */
export interface YearEndFigures {
  sheet: {
    bonuses: ScoreAdjustmentView[];
    criteria: ScoreCriterionView[];
    deductions: ScoreAdjustmentView[];
    maxTotal: number;
    status: ScoreSheetStatus;
  } | null;
  /** One row per member (ranking order), each item's counted score keyed by item code. */
  scores: Array<RankingRow & { items: Record<string, number> }>;
  votes: Array<{
    awardTypeCode: string;
    awardTypeName: string;
    cast: number | null;
    closedAt: string | null;
    elected: string[];
    eligible: number;
    id: string;
    quorumMet: boolean | null;
    status: VoteStatus;
    tally: VoteTallyRow[];
    title: string;
  }>;
}

/** Paths of the year-end API under /api/v1 (spec §6), for clients. */
export const YEAR_END_PATHS = {
  ballots: (voteId: string) => `votes/${voteId}/ballots`,
  closeScoreSheet: (cluster: string, year: number) => `clusters/${cluster}/years/${year}/score-sheet/close`,
  closeVote: (voteId: string) => `votes/${voteId}/close`,
  copyScoreSheet: (cluster: string, year: number) => `clusters/${cluster}/years/${year}/score-sheet/copy-from-previous`,
  minutes: (voteId: string) => `votes/${voteId}/minutes.docx`,
  nominations: (voteId: string) => `votes/${voteId}/nominations`,
  openScoreSheet: (cluster: string, year: number) => `clusters/${cluster}/years/${year}/score-sheet/open`,
  openVote: (voteId: string) => `votes/${voteId}/open`,
  ranking: (cluster: string, year: number) => `clusters/${cluster}/years/${year}/ranking`,
  scoreSheet: (cluster: string, year: number) => `clusters/${cluster}/years/${year}/score-sheet`,
  scores: (cluster: string, year: number, province: string) => `clusters/${cluster}/years/${year}/scores/${province}`,
  vote: (voteId: string) => `votes/${voteId}`,
  votes: 'votes',
} as const;
