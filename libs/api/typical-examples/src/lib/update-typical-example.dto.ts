import { CreateTypicalExampleDto } from '@tdkt/shared/contracts';
import { NotNullWhenGiven } from '@tdkt/api/core';
import { PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

/** Any field of a typical example, with the version the client last read (optimistic locking). */
@NotNullWhenGiven('honouredOn', 'name', 'provinceCode', 'recipientKind')
export class UpdateTypicalExampleDto extends PartialType(CreateTypicalExampleDto) {
  @IsInt()
  @Min(1)
  version!: number;
}
