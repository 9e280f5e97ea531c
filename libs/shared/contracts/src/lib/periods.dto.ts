import { Type } from 'class-transformer';
import { IsEnum, Matches } from 'class-validator';
import { CLUSTER_CODE_PATTERN } from './clusters.dto';
import { MembershipRole, Period } from './enums';
import { IsOptionalText, IsRecordYear, IsRequiredText } from './validation';

/** The path of a cluster period: /periods/{clusterCode}/{year}/{period}. */
export class PeriodPathDto {
  @Matches(CLUSTER_CODE_PATTERN, { message: 'clusterCode must be 2–20 capital letters, digits or _' })
  clusterCode!: string;

  @IsRecordYear()
  @Type(() => Number)
  year!: number;

  @IsEnum(Period)
  period!: Period;
}

export class PeriodSubmitDto {
  @IsOptionalText(2000)
  note?: string | null;
}

export class PeriodLockDto {
  @IsRequiredText(2000)
  reason!: string;
}

export interface PeriodProvinceStatus {
  provinceCode: string;
  provinceName: string;
  role: MembershipRole;
  submitted: boolean;
  submittedAt: string | null;
  submittedBy: string | null;
  note: string | null;
}

/** A cluster period as the chair follows it: who has submitted, and whether it is locked. */
export interface PeriodStatusView {
  clusterCode: string;
  year: number;
  period: Period;
  locked: boolean;
  lockReason: string | null;
  lockChangedAt: string | null;
  lockChangedBy: string | null;
  provinces: PeriodProvinceStatus[];
}
