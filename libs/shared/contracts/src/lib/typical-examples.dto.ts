import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { RecipientKind } from './enums';
import { PageQueryDto } from './page';
import { IsIsoDate, IsOptionalText, IsProvinceCode, IsRecordYear, IsRequiredText } from './validation';

export class CreateTypicalExampleDto {
  @IsOptional()
  @IsUUID()
  honouredAtMeetingId?: string | null;

  @IsIsoDate()
  honouredOn!: string;

  @IsOptional()
  @IsUUID()
  movementId?: string | null;

  @IsRequiredText(300)
  name!: string;

  @IsProvinceCode()
  provinceCode!: string;

  @IsIn([RecipientKind.INDIVIDUAL, RecipientKind.COLLECTIVE])
  recipientKind!: RecipientKind;

  @IsOptionalText(10000)
  story?: string | null;
}

export class TypicalExampleQueryDto extends PageQueryDto {
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,20}$/)
  clusterCode?: string;

  @IsOptional()
  @IsProvinceCode()
  provinceCode?: string;

  @IsOptional()
  @IsRecordYear()
  @Type(() => Number)
  year?: number;
}

/** `PATCH /typical-examples/{id}` body: any field, with the version the client last read (validated by the API's UpdateTypicalExampleDto). */
export type UpdateTypicalExampleBody = Partial<CreateTypicalExampleDto> & { version: number };
