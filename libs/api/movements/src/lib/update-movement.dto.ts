import { CreateMovementDto } from '@tdkt/shared/contracts';
import { NotNullWhenGiven } from '@tdkt/api/core';
import { PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

@NotNullWhenGiven('name', 'launchedBy', 'launchedOn', 'startsOn', 'scope')
export class UpdateMovementDto extends PartialType(CreateMovementDto) {
  @IsInt()
  @Min(1)
  version!: number;
}
