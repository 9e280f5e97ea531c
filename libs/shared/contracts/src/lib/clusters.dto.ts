import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, Matches } from 'class-validator';
import { MembershipRole } from './enums';
import { IsOptionalText, IsProvinceCode, IsRecordYear, IsRequiredText } from './validation';

export const CLUSTER_CODE_PATTERN = /^[A-Z0-9_]{2,20}$/;

export class CreateClusterDto {
  @Matches(CLUSTER_CODE_PATTERN, { message: 'code must be 2–20 capital letters, digits or _' })
  code!: string;

  @IsOptionalText(2000)
  description?: string | null;

  @IsRequiredText(200)
  name!: string;
}

export class ClusterMemberDto {
  @IsProvinceCode()
  provinceCode!: string;

  @IsEnum(MembershipRole)
  role!: MembershipRole;
}

export class ClusterMembersQueryDto {
  @IsRecordYear()
  @Type(() => Number)
  year!: number;
}

/** The path of a cluster's membership of one year: /clusters/{code}/members/{year}. */
export class ClusterYearPathDto {
  @Matches(CLUSTER_CODE_PATTERN, { message: 'code must be 2–20 capital letters, digits or _' })
  code!: string;

  @IsRecordYear()
  @Type(() => Number)
  year!: number;
}

/** Confirms a carry-forward: the chair and vice-chair chosen anew (codes of the new year's members). */
export class CarryForwardDto {
  @IsOptional()
  @IsProvinceCode()
  chairProvinceCode?: string | null;

  /** Replace the members the year already has (otherwise 409 MEMBERSHIP_EXISTS). */
  @IsOptional()
  @IsBoolean()
  replace?: boolean;

  @IsOptional()
  @IsProvinceCode()
  viceChairProvinceCode?: string | null;
}
