import { Type } from 'class-transformer';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { Period } from './enums';
import { IsIsoDate, IsOptionalText, IsProvinceCode, IsRecordYear, IsRequiredText } from './validation';

export class CreateMeetingDto {
  @IsRequiredText(200)
  chairName!: string;

  @IsOptionalText(300)
  chairTitle?: string | null;

  @Matches(/^[A-Z0-9_]{2,20}$/)
  clusterCode!: string;

  @IsIsoDate()
  date!: string;

  @IsProvinceCode()
  hostProvinceCode!: string;

  @IsOptionalText(10000)
  notes?: string | null;

  @IsOptionalText(5000)
  participants?: string | null;

  @IsEnum(Period)
  period!: Period;

  @IsOptionalText(300)
  place?: string | null;

  @IsRecordYear()
  year!: number;
}

export class MeetingQueryDto {
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,20}$/)
  clusterCode?: string;

  @IsOptional()
  @IsRecordYear()
  @Type(() => Number)
  year?: number;
}

/** `PATCH /meetings/{id}` body: any field, with the version the client last read (validated by the API's UpdateMeetingDto). */
export type UpdateMeetingBody = Partial<CreateMeetingDto> & { version: number };
