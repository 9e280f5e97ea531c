import { CreateCommendationDto } from '@tdkt/shared/contracts';
import { NotNullWhenGiven } from '@tdkt/api/core';
import { OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

/** Any field of a commendation, with the version the client last read (optimistic locking). */
@NotNullWhenGiven('recipientKind', 'recipientName', 'provinceCode', 'awardTypeCode', 'kind', 'ethnicMinority')
export class UpdateCommendationDto extends PartialType(OmitType(CreateCommendationDto, ['status'] as const)) {
  @IsInt()
  @Min(1)
  version!: number;
}
