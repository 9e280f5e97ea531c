import { CreateMeetingDto } from '@tdkt/shared/contracts';
import { NotNullWhenGiven } from '@tdkt/api/core';
import { PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

/** Any field of a meeting, with the version the client last read (optimistic locking). */
@NotNullWhenGiven('chairName', 'clusterCode', 'date', 'hostProvinceCode', 'period', 'year')
export class UpdateMeetingDto extends PartialType(CreateMeetingDto) {
  @IsInt()
  @Min(1)
  version!: number;
}
