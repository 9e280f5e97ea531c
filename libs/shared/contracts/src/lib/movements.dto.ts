import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { MovementLauncher, MovementScope, Period } from './enums';
import { PageQueryDto } from './page';
import { IsIsoDate, IsOptionalText, IsProvinceCode, IsRecordYear, IsRequiredText } from './validation';

export class CreateMovementDto {
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,20}$/)
  clusterCode?: string | null;

  @IsOptionalText(5000)
  description?: string | null;

  @IsIsoDate()
  @IsOptional()
  endsOn?: string | null;

  @IsIsoDate()
  launchedOn!: string;

  @IsEnum(MovementLauncher)
  launchedBy!: MovementLauncher;

  @IsRequiredText(500)
  name!: string;

  @IsOptional()
  @IsProvinceCode()
  provinceCode?: string | null;

  @IsEnum(MovementScope)
  scope!: MovementScope;

  @IsIsoDate()
  startsOn!: string;
}

export class MovementQueryDto extends PageQueryDto {
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,20}$/)
  clusterCode?: string;

  /** Movements active at some time in this year. */
  @IsOptional()
  @IsRecordYear()
  @Type(() => Number)
  year?: number;
}

export class MovementResultDto {
  @IsInt()
  @IsOptional()
  @Max(1_000_000)
  @Min(0)
  modelsBuilt?: number | null;

  @IsInt()
  @IsOptional()
  @Max(1_000_000_000)
  @Min(0)
  participants?: number | null;

  @IsEnum(Period)
  period!: Period;

  @IsProvinceCode()
  provinceCode!: string;

  @IsInt()
  @IsOptional()
  @Max(1_000_000)
  @Min(0)
  subMovementsLaunched?: number | null;

  @IsOptionalText(10000)
  summary?: string | null;

  @IsRecordYear()
  year!: number;
}
