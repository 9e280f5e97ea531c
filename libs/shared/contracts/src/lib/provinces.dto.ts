import { IsOptional, MaxLength } from 'class-validator';
import { IsIsoDate } from './validation';

export class ProvinceQueryDto {
  @IsOptional()
  @MaxLength(100)
  q?: string;

  @IsIsoDate()
  @IsOptional()
  validOn?: string;
}
