import { CreateMovementDto } from '@tdkt/shared/contracts';
import { PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

export class UpdateMovementDto extends PartialType(CreateMovementDto) {
  @IsInt()
  @Min(1)
  version!: number;
}
