import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  /** Matching records; on very large lists counted only up to a limit (see `totalExact`). */
  total: number;
  /** False when `total` is a lower bound: more records match than were counted; narrow the filters. */
  totalExact: boolean;
}

export const MAX_PAGE_SIZE = 200;

/** The last page a list serves: beyond it the offset is absurd (and past 2^53 no longer an exact number). */
export const MAX_PAGE = 1_000_000;

export class PageQueryDto {
  @IsInt()
  @IsOptional()
  @Max(MAX_PAGE)
  @Min(1)
  @Type(() => Number)
  page?: number;

  @IsInt()
  @IsOptional()
  @Max(MAX_PAGE_SIZE)
  @Min(1)
  @Type(() => Number)
  pageSize?: number;
}
