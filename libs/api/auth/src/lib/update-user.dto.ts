import { CreateUserDto } from '@tdkt/shared/contracts';
import { OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['username'] as const)) {
  @IsInt()
  @Min(1)
  version!: number;
}
