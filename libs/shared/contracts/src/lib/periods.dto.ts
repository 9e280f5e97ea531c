import { MembershipRole, Period } from './enums';
import { IsOptionalText, IsRequiredText } from './validation';

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
