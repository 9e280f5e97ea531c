import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, Matches, Min } from 'class-validator';
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

/** A document symbol after the number: the type, a hyphen, the body (Decree 30/2020/NĐ-CP, Appendix I), e.g. "BC-CTĐ". */
export const DOCUMENT_SYMBOL_PATTERN = /^[A-ZĐ0-9]{1,10}(-[A-ZĐ0-9]{1,20}){1,3}$/u;

/**
 * `PATCH /clusters/{code}`: what the cluster's reports print in their header and signature. Each field is optional;
 * null clears it (the report then derives it from the chair province and the meeting).
 */
export class UpdateClusterSettingsDto {
  @IsOptional()
  @Matches(DOCUMENT_SYMBOL_PATTERN, { message: 'documentSymbol must be capitals and digits joined by hyphens, e.g. BC-CTĐ' })
  documentSymbol?: string | null;

  @IsOptionalText(200)
  issuingBody?: string | null;

  @IsOptionalText(100)
  signerName?: string | null;

  @IsOptionalText(200)
  signerTitle?: string | null;

  @IsInt()
  @Min(1)
  version!: number;
}
