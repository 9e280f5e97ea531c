import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { CommendationKind, CommendationStatus, Gender, RecipientClass, RecipientKind } from './enums';
import { PageQueryDto } from './page';
import type { CommendationVoteSummary } from './year-end.dto';
import { IsIsoDate, IsOptionalText, IsProvinceCode, IsRecordYear, IsRequiredText } from './validation';

export const AWARD_TYPE_CODE_PATTERN = /^[A-Z0-9_]{2,60}$/;

export class CreateCommendationDto {
  @IsOptional()
  @IsRecordYear()
  achievementYear?: number | null;

  @Matches(AWARD_TYPE_CODE_PATTERN)
  awardTypeCode!: string;

  @IsOptionalText(5000)
  citation?: string | null;

  /** An individual's date of birth, optional: it tells namesakes apart when the rules match a recipient's history. */
  @IsIsoDate()
  @IsOptional()
  dateOfBirth?: string | null;

  @IsIsoDate()
  @IsOptional()
  decisionDate?: string | null;

  @IsOptionalText(50)
  decisionNumber?: string | null;

  @IsOptionalText(300)
  decidingAuthority?: string | null;

  /** The day the recipient's latest disciplinary sanction ends; achievements count from it (Decree 152/2025 Art. 4.4), optional. */
  @IsIsoDate()
  @IsOptional()
  disciplineUntil?: string | null;

  @IsBoolean()
  @IsOptional()
  ethnicMinority?: boolean;

  @IsEnum(Gender)
  @IsOptional()
  gender?: Gender | null;

  @IsEnum(CommendationKind)
  kind!: CommendationKind;

  /** A collective: a member disciplined at cảnh cáo or above in the achievement year (Law Art. 28); null is not recorded. */
  @IsBoolean()
  @IsOptional()
  memberWarnedOrAbove?: boolean | null;

  @IsOptional()
  @IsUUID()
  movementId?: string | null;

  @IsOptionalText(300)
  organization?: string | null;

  /** A discipline case, inspection, investigation or complaint pending at the proposal (Decree 152/2025 Art. 4.4); null is not recorded. */
  @IsBoolean()
  @IsOptional()
  pendingReview?: boolean | null;

  @IsOptionalText(300)
  position?: string | null;

  /** The province-run cluster or bloc (cụm, khối thi đua của tỉnh) a collective competes in (Law Art. 26.1), optional. */
  @IsOptionalText(300)
  provinceCluster?: string | null;

  @IsProvinceCode()
  provinceCode!: string;

  @IsEnum(RecipientClass)
  @IsOptional()
  recipientClass?: RecipientClass | null;

  @IsEnum(RecipientKind)
  recipientKind!: RecipientKind;

  @IsRequiredText(300)
  recipientName!: string;

  /** Only APPROVED may be given: it records an already-decided provincial award. */
  @IsIn([CommendationStatus.APPROVED, CommendationStatus.DRAFT])
  @IsOptional()
  status?: CommendationStatus;
}

export class CommendationQueryDto extends PageQueryDto {
  @IsOptional()
  @Matches(AWARD_TYPE_CODE_PATTERN)
  awardTypeCode?: string;

  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,20}$/)
  clusterCode?: string;

  /** Decision date from (inclusive). */
  @IsIsoDate()
  @IsOptional()
  from?: string;

  @IsOptional()
  @IsProvinceCode()
  provinceCode?: string;

  @IsOptional()
  @MaxLength(200)
  q?: string;

  @IsIn(['decisionDate', '-decisionDate', 'recipientName', '-recipientName', 'createdAt', '-createdAt'])
  @IsOptional()
  sort?: string;

  @IsEnum(CommendationStatus)
  @IsOptional()
  status?: CommendationStatus;

  /** Decision date to (inclusive). */
  @IsIsoDate()
  @IsOptional()
  to?: string;

  /** Decision year; records without a decision count by achievement year. */
  @IsOptional()
  @IsRecordYear()
  @Type(() => Number)
  year?: number;

  @IsBoolean()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  demo?: boolean;
}

export interface CommendationView {
  achievementYear: number | null;
  awardTypeCode: string;
  awardTypeName: string;
  citation: string | null;
  createdAt: string;
  dateOfBirth?: string | null;
  decidingAuthority: string | null;
  decisionDate: string | null;
  decisionNumber: string | null;
  demo: boolean;
  disciplineUntil?: string | null;
  ethnicMinority: boolean;
  gender: Gender | null;
  id: string;
  kind: CommendationKind;
  level: string;
  memberWarnedOrAbove?: boolean | null;
  movementId: string | null;
  organization: string | null;
  pendingReview?: boolean | null;
  position: string | null;
  provinceCluster?: string | null;
  provinceCode: string;
  provinceName: string;
  recipientClass: RecipientClass | null;
  recipientKind: RecipientKind;
  recipientName: string;
  status: CommendationStatus;
  /** Why the council returned the proposal, or why the award was revoked. */
  statusReason: string | null;
  updatedAt: string;
  version: number;
  /** On a proposal created from a cluster's vote (`GET /commendations/{id}`): the vote's result for this province. */
  vote?: CommendationVoteSummary | null;
}

/** The council's (or, for a provincial award, the province's) decision that approves a commendation. */
export class ApproveCommendationDto {
  @IsRequiredText(50)
  decisionNumber!: string;

  @IsIsoDate()
  decisionDate!: string;

  @IsRequiredText(300)
  decidingAuthority!: string;

  @IsInt()
  @Min(1)
  version!: number;
}

/** Returning a proposal or revoking an award needs a reason the province can read. */
export class WorkflowReasonDto {
  @IsRequiredText(2000)
  reason!: string;

  @IsInt()
  @Min(1)
  version!: number;
}

/** Submitting a proposal to the council. */
export class WorkflowVersionDto {
  @IsInt()
  @Min(1)
  version!: number;
}
