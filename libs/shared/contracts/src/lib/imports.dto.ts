import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { toBoolean } from './validation';

/** Upload limit of an Excel import; larger files answer 413. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** What the .xlsx may declare to inflate to, all its parts together; a legitimate 20,000-row file inflates to about 13 MB. */
export const IMPORT_MAX_INFLATED_BYTES = 100 * 1024 * 1024;
/** How many times a part above 1 MiB may claim to inflate; workbooks compress 10 to 15 times, zip bombs a thousand. */
export const IMPORT_MAX_RATIO = 100;
/** Data rows one import file may hold (twice the 10,000-row bench); more answer 413 IMPORT_TOO_MANY_ROWS. */
export const IMPORT_MAX_ROWS = 20_000;

export class ImportQueryDto {
  /** Validate only: report what would be created and every row's errors, write nothing. */
  @IsBoolean()
  @IsOptional()
  @Transform(toBoolean)
  dryRun?: boolean;

  /** Answer as NDJSON: progress events while rows are checked and written, then the result. */
  @IsBoolean()
  @IsOptional()
  @Transform(toBoolean)
  progress?: boolean;
}

/** One problem of one row: the spreadsheet row number (1 = header) and the column's Vietnamese header. */
export interface ImportRowError {
  code: string;
  column: string;
  message: string;
  row: number;
}

/** A row that would be (or was) created, in the API's field names. */
export interface ImportedCommendation {
  awardTypeCode: string;
  decisionDate: string | null;
  decisionNumber: string | null;
  provinceCode: string;
  recipientName: string;
  row: number;
  status: string;
}

/** A pledge result row that would be (or was) written; `replaces` when the province already had a value there. */
export interface ImportedPledgeResult {
  actualValue: number | null;
  criterionCode: string;
  note: string | null;
  period: string;
  provinceCode: string;
  replaces: boolean;
  row: number;
  targetValue: number | null;
}

/** A typical example that would be (or was) created. */
export interface ImportedTypicalExample {
  honouredOn: string;
  name: string;
  provinceCode: string;
  recipientKind: string;
  row: number;
}

/** The answer of every import; `valid` holds the kind's own row summaries. */
export interface ImportResult<T = ImportedCommendation> {
  /** Rows written (0 on a dry run or when any row is invalid); for pledge results, new values only. */
  created: number;
  dryRun: boolean;
  errors: ImportRowError[];
  /** Data rows read from the sheet (blank rows skipped). */
  rows: number;
  /** Existing values replaced (pledge results: a province's value for a criterion and period is written again). */
  updated?: number;
  valid: T[];
}

/** One line of the `?progress=true` NDJSON answer; the last line is `result` or `error`. */
export type ImportProgressEvent<T = ImportedCommendation> =
  | { type: 'progress'; phase: 'parse' | 'check' | 'write'; done: number; total: number }
  | { type: 'result'; result: ImportResult<T> }
  | { type: 'error'; statusCode: number; code?: string; message: string | string[]; errors?: ImportRowError[] };
