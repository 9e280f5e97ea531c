import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, Matches, Min } from 'class-validator';
import { PageQueryDto } from './page';
import { IsProvinceCode, IsRecordYear, IsRequiredText, IsOptionalText } from './validation';

export enum FindingSeverity {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
}

/** OPEN until a reviewer confirms it (the problem stands) or clears it; a re-run clears it when the rule holds again. */
export enum FindingStatus {
  CLEARED = 'CLEARED',
  CONFIRMED = 'CONFIRMED',
  OPEN = 'OPEN',
}

export enum MatchDecision {
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}

const CLUSTER_CODE = /^[A-Z0-9_]{2,20}$/;
const RULE_ID = /^R-[A-Z0-9-]{2,40}$/;

export class FindingQueryDto extends PageQueryDto {
  @IsOptional()
  @Matches(CLUSTER_CODE)
  clusterCode?: string;

  @IsOptional()
  @IsProvinceCode()
  provinceCode?: string;

  @IsOptional()
  @Matches(RULE_ID)
  ruleId?: string;

  @IsEnum(FindingSeverity)
  @IsOptional()
  severity?: FindingSeverity;

  @IsEnum(FindingStatus)
  @IsOptional()
  status?: FindingStatus;

  /** The commendation's record year (decision year, or achievement year while undecided). */
  @IsOptional()
  @IsRecordYear()
  @Type(() => Number)
  year?: number;
}

export class FindingSummaryQueryDto {
  @IsOptional()
  @Matches(CLUSTER_CODE)
  clusterCode?: string;

  /** Every province that ever held the code (before and after the 2025 merger), as the list filters it. */
  @IsOptional()
  @IsProvinceCode()
  provinceCode?: string;

  @IsOptional()
  @IsRecordYear()
  @Type(() => Number)
  year?: number;
}

/** A bulk run over one cluster-year or one province-year: exactly one of clusterCode and provinceCode (checked by the service). */
export class RunFindingsDto {
  @IsOptional()
  @Matches(CLUSTER_CODE)
  clusterCode?: string;

  @IsOptional()
  @IsProvinceCode()
  provinceCode?: string;

  @IsRecordYear()
  year!: number;
}

/** A reviewer's decision: the problem stands (CONFIRMED) or does not (CLEARED), always with a reason. */
export class ReviewFindingDto {
  @IsRequiredText(2000)
  comment!: string;

  @IsIn([FindingStatus.CONFIRMED, FindingStatus.CLEARED])
  status!: FindingStatus.CONFIRMED | FindingStatus.CLEARED;

  @IsInt()
  @Min(1)
  version!: number;
}

export class DecideMatchDto {
  @IsOptionalText(2000)
  comment?: string | null;

  @IsEnum(MatchDecision)
  decision!: MatchDecision;
}

export interface FindingView {
  id: string;
  commendationId: string;
  ruleId: string;
  ruleTitle: string;
  ruleBasis: string;
  ruleVersion: string;
  severity: FindingSeverity;
  status: FindingStatus;
  explanation: string;
  evidenceIds: string[];
  evidenceNeeded: string[];
  branch: string | null;
  provinceCode: string;
  year: number | null;
  recipientName: string;
  awardTypeCode: string;
  comment: string | null;
  reviewerId: string | null;
  reviewedAt: string | null;
  lastRunAt: string;
  version: number;
}

export interface RuleView {
  id: string;
  /** The rule-set version of the rule's last change. */
  version: string;
  title: string;
  basis: string;
  severity: string;
  dateBasis: string;
  validFrom: string | null;
  validTo: string | null;
  awards: string[] | null;
}

export interface RunFindingsResult {
  /** Commendations checked. */
  checked: number;
  opened: number;
  /** Open findings whose text changed (new history, new rule version). */
  updated: number;
  /** Findings cleared because their rule holds again. */
  cleared: number;
  open: number;
  ruleVersion: string;
}

export interface FindingCountRow {
  /** Cluster code, or province code, depending on the group. */
  code: string;
  name: string;
  open: number;
  confirmed: number;
  cleared: number;
  errors: number;
  warnings: number;
}

/** Findings of one rule by reviewer status; a rule's findings carry the severity the rule had when it ran. */
export interface FindingRuleCountRow {
  ruleId: string;
  title: string;
  severity: FindingSeverity;
  open: number;
  confirmed: number;
  cleared: number;
}

export interface FindingSummaryView {
  byCluster: FindingCountRow[];
  byProvince: FindingCountRow[];
  byRule: FindingRuleCountRow[];
}

/** One record matched (or proposed as a match) as the same recipient. */
export interface RecipientMatchView {
  commendationId: string;
  recipientName: string;
  organization: string | null;
  provinceCode: string;
  awardTypeCode: string;
  achievementYear: number | null;
  decisionDate: string | null;
  status: string;
  /** AUTO: same folded name, organisation and province family; CANDIDATE: a namesake not matched; or the reviewer's decision. */
  decision: 'AUTO' | 'CANDIDATE' | MatchDecision;
}

export interface CommendationFindingsView {
  commendationId: string;
  findings: FindingView[];
  matches: RecipientMatchView[];
}
