import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsNumber, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Period, TargetKind } from './enums';
import { IsIsoDate, IsOptionalText, IsProvinceCode, IsRecordYear, IsRequiredText } from './validation';

export class PledgeCriterionDto {
  @Matches(/^[A-Za-z0-9_.-]{1,20}$/)
  code!: string;

  @IsNumber({ allowInfinity: false, allowNaN: false, maxDecimalPlaces: 2 })
  @Max(1000)
  @Min(0)
  maxScore!: number;

  @IsRequiredText(500)
  name!: string;

  @IsEnum(TargetKind)
  targetKind!: TargetKind;

  @IsOptionalText(50)
  unit?: string | null;
}

export class CreatePledgeDto {
  @ArrayMaxSize(100)
  @ArrayMinSize(1)
  @IsArray()
  @Type(() => PledgeCriterionDto)
  @ValidateNested({ each: true })
  criteria!: PledgeCriterionDto[];

  @Matches(/^[A-Z0-9_]{2,20}$/)
  clusterCode!: string;

  @IsOptionalText(300)
  place?: string | null;

  @IsIsoDate()
  signedOn!: string;

  @IsRecordYear()
  year!: number;
}

export class PledgeQueryDto {
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,20}$/)
  clusterCode?: string;

  @IsOptional()
  @IsRecordYear()
  @Type(() => Number)
  year?: number;
}

export class PledgeResultDto {
  @IsNumber({ allowInfinity: false, allowNaN: false, maxDecimalPlaces: 4 })
  @IsOptional()
  @Max(1e12)
  @Min(-1e12)
  actualValue?: number | null;

  @Matches(/^[A-Za-z0-9_.-]{1,20}$/)
  criterionCode!: string;

  @IsOptionalText(2000)
  note?: string | null;

  @IsEnum(Period)
  period!: Period;

  @IsProvinceCode()
  provinceCode!: string;

  @IsNumber({ allowInfinity: false, allowNaN: false, maxDecimalPlaces: 4 })
  @IsOptional()
  @Max(1e12)
  @Min(-1e12)
  targetValue?: number | null;
}
