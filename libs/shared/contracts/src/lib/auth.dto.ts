import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { CLUSTER_CODE_PATTERN } from './clusters.dto';
import { Role } from './enums';
import { IsProvinceCode, IsRequiredText } from './validation';

export const PASSWORD_MIN_LENGTH = 12;
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

export class LoginDto {
  @IsString()
  @MaxLength(100)
  username!: string;

  @IsString()
  @MaxLength(200)
  password!: string;
}

export class RefreshDto {
  @IsString()
  @MaxLength(200)
  refreshToken!: string;
}

/** A user's own password change: the current password proves it is them, not someone at an unlocked screen. */
export class ChangePasswordDto {
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `newPassword must have at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  newPassword!: string;
}

export class CreateUserDto {
  @Matches(USERNAME_PATTERN, { message: 'username must be 3–40 lower-case letters, digits, ".", "_" or "-"' })
  username!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must have at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  password!: string;

  @IsRequiredText(200)
  fullName!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles!: Role[];

  /** Required with PROVINCE_STAFF: the province (by its current code). */
  @IsOptional()
  @IsProvinceCode()
  provinceCode?: string | null;

  /** Required with CLUSTER_CHAIR. */
  @IsOptional()
  @Matches(CLUSTER_CODE_PATTERN, { message: 'clusterCode must be 2–20 capital letters, digits or _' })
  clusterCode?: string | null;

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export interface UserView {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  provinceCode: string | null;
  provinceName: string | null;
  clusterCode: string | null;
  active: boolean;
  lockedUntil: string | null;
  version: number;
  demo: boolean;
}

export interface LoginResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  user: { id: string; username: string; fullName: string; roles: Role[]; provinceCode?: string; clusterCode?: string };
}
