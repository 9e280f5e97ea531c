import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MembershipRole, Period, ProvinceKind, RecipientKind, TargetKind } from './enums';
import { IsIsoDate, IsRecordYear } from './validation';
import type { YearEndFigures } from './year-end.dto';

export enum ReportStatus {
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
}

/**
 * Section keys in the order a Vietnamese review report uses (law-notes §6.1): I. results (direction, propaganda,
 * movements with one subsection per Prime Minister's movement, pledge, commendations, typical examples, the cluster's
 * own activities); II. overall assessment (strengths, limitations and causes); III. tasks; IV. proposals.
 */
export const REPORT_SECTION_KEYS = [
  'results.direction',
  'results.propaganda',
  'results.movements',
  'results.pledge',
  'results.commendations',
  'results.typicalExamples',
  'results.clusterActivities',
  'assessment',
  'limitations',
  'tasks',
  'proposals',
] as const;

export type ReportSectionKey = (typeof REPORT_SECTION_KEYS)[number];

export interface ReportSection {
  key: ReportSectionKey;
  title: string;
  text: string;
  /** Set once the chair edits the text: recomputing then keeps it. */
  edited: boolean;
}

/** Commendation figures of one province or of the cluster; the by… maps are keyed by code. */
export interface CommendationFigures {
  total: number;
  byLevel: Record<string, number>;
  byAwardType: Record<string, number>;
  byRecipientKind: Record<string, number>;
  byRecipientClass: Record<string, number>;
  byKind: Record<string, number>;
  directWorkers: number;
  women: number;
  ethnicMinority: number;
}

export interface PledgeCriterionFigures {
  code: string;
  name: string;
  unit: string | null;
  targetKind: TargetKind;
  maxScore: number;
  targetValue: number | null;
  actualValue: number | null;
  /** actual / target as a fraction; null without both values. */
  rate: number | null;
}

export interface ProvincePledgeFigures {
  criteria: PledgeCriterionFigures[];
  /** Mean of the criteria's rates (each capped at 1), null when none can be computed. */
  averageRate: number | null;
}

export interface ClusterPledgeFigures {
  signedOn: string | null;
  place: string | null;
  criteria: Array<{
    code: string;
    name: string;
    unit: string | null;
    targetKind: TargetKind;
    maxScore: number;
    provincesReported: number;
    provincesAchieved: number;
    averageRate: number | null;
  }>;
  averageRate: number | null;
}

export interface MovementFigures {
  /** Movements active in the period with a result from this province (cluster: active in the period). */
  count: number;
  subMovementsLaunched: number;
  modelsBuilt: number;
  participants: number;
}

export interface ClusterMovementFigures extends MovementFigures {
  items: Array<{
    id: string;
    name: string;
    launchedBy: string;
    scope: string;
    startsOn: string;
    endsOn: string | null;
    provincesReporting: number;
    subMovementsLaunched: number;
    modelsBuilt: number;
    participants: number;
  }>;
}

export interface TypicalExampleFigures {
  total: number;
  byRecipientKind: Record<string, number>;
}

export interface ClusterTypicalExampleFigures extends TypicalExampleFigures {
  items: Array<{ name: string; provinceCode: string; recipientKind: RecipientKind; story: string | null; honouredOn: string }>;
}

export interface ProvinceStatistics {
  provinceCode: string;
  provinceName: string;
  /** Province or centrally-run city: the report says "tỉnh" or "thành phố" accordingly (absent in older reports). */
  provinceKind?: ProvinceKind;
  role: MembershipRole;
  commendations: CommendationFigures;
  previous: { commendations: { total: number } };
  pledge: ProvincePledgeFigures;
  movements: MovementFigures;
  typicalExamples: TypicalExampleFigures;
}

/** One award type's cluster figures, for the Ministry forms 0602 (state level) and 0603 (provincial level). */
export interface AwardTypeFigures {
  code: string;
  name: string;
  level: string;
  category: string;
  total: number;
  byRecipientKind: Record<string, number>;
  byRecipientClass: Record<string, number>;
  byKind: Record<string, number>;
}

export interface ReportStatistics {
  cluster: {
    commendations: CommendationFigures;
    /**
     * The same period of the previous year, each member counted with its predecessors (the provinces that merged
     * into it). `known` is false when nothing is on record for it: the cluster had no members that year and no
     * predecessor has a record then; the comparison is left out. Absent in reports made before it existed.
     */
    previous: { commendations: { total: number }; known?: boolean };
    /** total − previous total, and relative to the previous total (null when it was zero). */
    change: { delta: number; ratio: number | null };
    pledge: ClusterPledgeFigures;
    movements: ClusterMovementFigures;
    typicalExamples: ClusterTypicalExampleFigures;
  };
  provinces: ProvinceStatistics[];
  awardTypes: AwardTypeFigures[];
  previousRange: { from: string; to: string };
  /** Annual (FY) reports only: the year-end review (score table, ranking, votes). */
  yearEnd?: YearEndFigures | null;
  /** The council's findings on the members' awards decided in the period (absent in older reports). */
  findings?: ReportFindingFigures;
}

/** Findings still open or confirmed on the awards a report counts: the commendation section reports them, not compliance. */
export interface ReportFindingFigures {
  /** Awards with at least one open or confirmed ERROR finding. */
  awardsWithErrors: number;
  /** Awards with only WARNING findings (evidence to add). */
  awardsWithWarnings: number;
  byRule: Array<{ ruleId: string; title: string; severity: string; awards: number }>;
}

export interface ReportSnapshot {
  sections: ReportSection[];
  statistics: ReportStatistics;
}

export interface ReportView {
  id: string;
  clusterCode: string;
  clusterName: string;
  year: number;
  period: Period;
  from: string;
  to: string;
  cutoffDate: string | null;
  meetingId: string | null;
  status: ReportStatus;
  version: number;
  sections: ReportSection[];
  statistics: ReportStatistics;
  supersedesId: string | null;
  computedAt: string;
  finalizedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReportSummaryView {
  id: string;
  clusterCode: string;
  year: number;
  period: Period;
  from: string;
  to: string;
  status: ReportStatus;
  version: number;
  supersedesId: string | null;
  finalizedAt: string | null;
  updatedAt: string;
}

/** `GET /clusters/{code}/years/{year}/figures?period=`: a cluster period's figures, computed as a report would, without creating one. */
export interface ClusterFiguresView {
  clusterCode: string;
  clusterName: string;
  year: number;
  period: Period;
  from: string;
  to: string;
  statistics: ReportStatistics;
}

export interface BulletinView {
  title: string;
  body: string;
  html: string;
}

const CLUSTER_CODE = /^[A-Z0-9_]{2,20}$/;

export class CreateReportDto {
  @Matches(CLUSTER_CODE)
  clusterCode!: string;

  @IsOptional()
  @IsIsoDate()
  cutoffDate?: string;

  @IsOptional()
  @IsUUID()
  meetingId?: string;

  @IsEnum(Period)
  period!: Period;

  @IsRecordYear()
  year!: number;
}

/** The path of a cluster year's figures: /clusters/{code}/years/{year}/figures. */
export class ClusterFiguresPathDto {
  @Matches(CLUSTER_CODE)
  code!: string;

  @IsRecordYear()
  @Type(() => Number)
  year!: number;
}

export class ClusterFiguresQueryDto {
  @IsEnum(Period)
  period!: Period;
}

export class ReportQueryDto {
  @IsOptional()
  @Matches(CLUSTER_CODE)
  clusterCode?: string;

  @IsOptional()
  @IsRecordYear()
  @Type(() => Number)
  year?: number;
}

export class ReportSectionEditDto {
  @IsIn(REPORT_SECTION_KEYS)
  key!: ReportSectionKey;

  @IsString()
  @MaxLength(50000)
  text!: string;
}

export class UpdateReportDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(REPORT_SECTION_KEYS.length)
  @ValidateNested({ each: true })
  @Type(() => ReportSectionEditDto)
  sections!: ReportSectionEditDto[];

  @IsInt()
  @Min(1)
  version!: number;
}

/** Recompute and finalize may name the version the chair saw; a stale one is refused. */
export class ReportVersionDto {
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
