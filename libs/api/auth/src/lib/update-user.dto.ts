import { CreateUserDto } from '@tdkt/shared/contracts';
import { NotNullWhenGiven } from '@tdkt/api/core';
import { OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

@NotNullWhenGiven('password', 'fullName', 'roles', 'active')
export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['username'] as const)) {
  @IsInt()
  @Min(1)
  version!: number;
}
