import { ImportProgressEvent, ImportResult, ImportRowError, Role } from '@tdkt/shared/contracts';
import { Actor, PeriodLocksService, RecordTime, hasRole, outOfScope } from '@tdkt/api/access';
import { DomainError, fieldErrors } from '@tdkt/api/core';
import { HttpException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UploadedXlsx } from './workbook-reader';

export type ProgressSink = (event: Extract<ImportProgressEvent, { type: 'progress' }>) => void;

export const PROGRESS_EVERY = 1_000;

/** 400 (invalid rows) or 409 (locked period) that lists every row's problem; nothing was written. */
export class ImportRejectedError extends HttpException {
  constructor(
    readonly code: 'IMPORT_INVALID_ROWS' | 'PERIOD_LOCKED',
    message: string,
    readonly errors: ImportRowError[],
  ) {
    super({ code, message, errors }, code === 'PERIOD_LOCKED' ? 409 : 400);
  }
}

/** Imports are made by province staff with a province, and need a file: checked before anything is read. */
export function assertImporter(actor: Actor, file: UploadedXlsx | undefined): asserts actor is Actor & { provinceId: string } {
  if (!hasRole(actor, Role.PROVINCE_STAFF) || !actor.provinceId) {
    throw outOfScope('Chỉ cán bộ thi đua – khen thưởng của tỉnh được nhập hồ sơ từ tệp Excel');
  }
  if (!file) throw fieldErrors([{ field: 'file', code: 'isNotEmpty', message: 'Hãy chọn tệp Excel (.xlsx) để tải lên (trường "file")' }]);
}

/** push(...items) passes every item as an argument, which overflows the stack on a file full of errors. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Rows whose key repeats an earlier row of the same file. */
export function duplicatesInFile<C extends { row: number }>(
  checked: readonly C[],
  key: (c: C) => string,
  column: string,
  what: string,
): ImportRowError[] {
  const first = new Map<string, number>();
  const errors: ImportRowError[] = [];
  for (const c of checked) {
    const k = key(c);
    const earlier = first.get(k);
    if (earlier === undefined) first.set(k, c.row);
    else errors.push({ row: c.row, column, code: 'DUPLICATE', message: `Trùng với dòng ${earlier} (${what})` });
  }
  return errors;
}

/** A row that a period lock may refuse: its province, when it falls, and the column to blame. */
export interface LockedRowCandidate {
  row: number;
  provinceId: string;
  time: RecordTime | null;
  column: string;
}

/** Period locks, asked once per province and period rather than once per row. */
export async function lockErrors(
  m: EntityManager,
  locks: PeriodLocksService,
  rows: readonly LockedRowCandidate[],
): Promise<ImportRowError[]> {
  const groups = new Map<string, { provinceId: string; time: RecordTime; rows: LockedRowCandidate[] }>();
  for (const r of rows) {
    const time = r.time && 'date' in r.time ? halfYearOf(r.time.date) : r.time;
    if (!time) continue;
    const key = `${r.provinceId}|${JSON.stringify(time)}`;
    const group = groups.get(key) ?? { provinceId: r.provinceId, time, rows: [] };
    group.rows.push(r);
    groups.set(key, group);
  }
  const errors: ImportRowError[] = [];
  for (const group of groups.values()) {
    try {
      await locks.assertOpen(m, group.provinceId, group.time);
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== 'PERIOD_LOCKED') throw e;
      const message = String((e.getResponse() as { message: string }).message);
      for (const r of group.rows) errors.push({ row: r.row, column: r.column, code: 'PERIOD_LOCKED', message });
    }
  }
  return errors;
}

/** A date reduced to a representative date of its half-year, so locks are asked once per group. */
function halfYearOf(date: string): RecordTime {
  const year = date.slice(0, 4);
  return { date: date <= `${year}-06-30` ? `${year}-01-01` : `${year}-12-31` };
}

/**
 * The end every import shares: a dry run answers what would be written and every error; otherwise any error
 * refuses the whole file (409 when a period lock is among them, else 400), an empty file is refused, and
 * `write` runs only for a clean file. Errors are sorted by row.
 */
export async function settleImport<C extends { row: number }, V>(options: {
  dryRun: boolean;
  rows: number;
  checked: readonly C[];
  errors: ImportRowError[];
  summary: (c: C) => V;
  write: (valid: readonly C[]) => Promise<Partial<ImportResult<V>> | void>;
}): Promise<ImportResult<V>> {
  const { dryRun, rows, checked, errors } = options;
  errors.sort((a, b) => a.row - b.row);
  const bad = new Set(errors.map((e) => e.row));
  const valid = checked.filter((c) => !bad.has(c.row));
  const summaries = valid.map(options.summary);
  if (dryRun) return { dryRun, rows, created: 0, valid: summaries, errors };
  if (errors.length) {
    const text = `Tệp có ${errors.length} lỗi ở ${bad.size} dòng; không có dòng nào được nhập. Hãy sửa các dòng được liệt kê rồi tải lên lại.`;
    throw new ImportRejectedError(errors.some((e) => e.code === 'PERIOD_LOCKED') ? 'PERIOD_LOCKED' : 'IMPORT_INVALID_ROWS', text, errors);
  }
  if (!checked.length) throw new DomainError('IMPORT_INVALID_ROWS', 'Tệp không có dòng dữ liệu nào để nhập');
  const written = await options.write(checked);
  return { dryRun, rows, created: checked.length, valid: summaries, errors, ...(written ?? {}) };
}

/** Whether an error is PostgreSQL's unique violation on the named index (another import won the race). */
export function isUniqueViolation(e: unknown, constraint: string): boolean {
  const driverError =
    (e as { driverError?: { code?: string; constraint?: string } })?.driverError ?? (e as { code?: string; constraint?: string });
  return driverError?.code === '23505' && (!driverError.constraint || driverError.constraint === constraint);
}

/** A column an import writes: the record's field, the table's column and its array type for unnest(). */
export type InsertColumn<T> = [keyof T & string, string, string];

/**
 * Inserts records with one array parameter per column (INSERT … SELECT FROM unnest(…)): building and parsing a
 * multi-row VALUES list of thousands of rows costs more than writing them. `tail` follows the SELECT (ON CONFLICT …).
 * Answers the ids of the rows written (inserted or, with an ON CONFLICT … DO UPDATE tail, updated).
 */
export async function insertUnnest<T>(
  m: EntityManager,
  table: string,
  columns: readonly InsertColumn<T>[],
  records: readonly T[],
  tail = '',
): Promise<string[]> {
  const names = columns.map(([, column]) => column).join(', ');
  const arrays = columns.map(([, , type], i) => `$${i + 1}::${type}[]`).join(', ');
  const rows: Array<{ id: string }> = await m.query(
    `INSERT INTO ${table} (${names}, version) SELECT *, 1 FROM unnest(${arrays}) ${tail} RETURNING id`,
    columns.map(([field]) => records.map((r) => r[field])),
  );
  return rows.map((r) => r.id);
}

// Rows per INSERT … SELECT FROM unnest(): one array per column, so the batch size is free of the parameter limit.
const INSERT_BATCH = 2_500;

/** Writes records in batches of INSERT_BATCH, reporting each batch as write progress; answers the ids written, in order. */
export async function insertInBatches<T>(
  m: EntityManager,
  table: string,
  columns: readonly InsertColumn<T>[],
  records: readonly T[],
  progress: ProgressSink,
  tail = '',
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < records.length; i += INSERT_BATCH) {
    append(ids, await insertUnnest(m, table, columns, records.slice(i, i + INSERT_BATCH), tail));
    progress({ type: 'progress', phase: 'write', done: Math.min(i + INSERT_BATCH, records.length), total: records.length });
  }
  return ids;
}

/** Which of the given ids exist in a table (movements, meetings): one query for the whole file. */
export async function existingIds(m: EntityManager, table: 'movements' | 'meetings', ids: Iterable<string | null>): Promise<Set<string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (!wanted.length) return new Set();
  const found: Array<{ id: string }> = await m.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [wanted]);
  return new Set(found.map((f) => f.id));
}
