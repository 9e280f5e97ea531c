import { CreateCommendationDto } from '@tdkt/shared/contracts';
import { OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

/** Any field of a commendation, with the version the client last read (optimistic locking). */
export class UpdateCommendationDto extends PartialType(OmitType(CreateCommendationDto, ['status'] as const)) {
  @IsInt()
  @Min(1)
  version!: number;
}
