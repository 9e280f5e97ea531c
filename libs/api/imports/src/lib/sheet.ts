import { ImportRowError, RecipientKind } from '@tdkt/shared/contracts';
import { foldVietnamese, isIsoDate } from '@tdkt/shared/util-text';

/** Sheet names every import template shares. */
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';
export const LISTS_SHEET = 'Danh mục';

/** Kinds of recipient as the sheets name them (commendations and typical examples). */
export const RECIPIENT_KIND_VI: Record<RecipientKind, string> = {
  [RecipientKind.INDIVIDUAL]: 'Cá nhân',
  [RecipientKind.COLLECTIVE]: 'Tập thể',
  [RecipientKind.HOUSEHOLD]: 'Hộ gia đình',
};

export const YES_VI = 'Có';
export const NO_VI = 'Không';

export type ColumnKind = 'text' | 'date' | 'year' | 'list' | 'number';

/** One column of an import sheet; `F` names the API field it fills. */
export interface SheetColumn<F extends string = string> {
  field: F;
  header: string;
  kind: ColumnKind;
  required?: boolean;
  /** Maximum length of text columns, as in the create DTO. */
  max?: number;
  width: number;
}

/** A sheet an import reads: found by its header row, named in messages. */
export interface SheetLayout<F extends string = string> {
  name: string;
  columns: readonly SheetColumn<F>[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
// Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The plain value of an exceljs cell: rich text, formulas and hyperlinks reduced to what they show. */
export function cellValue(raw: unknown): string | number | boolean | Date | null {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if (Array.isArray(o['richText'])) return (o['richText'] as Array<{ text: string }>).map((r) => r.text).join('');
    if ('result' in o) return cellValue(o['result']);
    if ('text' in o) return cellValue(o['text']);
    if ('error' in o) return null;
  }
  return String(raw);
}

/** Cell text, trimmed; empty cells give ''. Whole numbers print without a decimal point. */
export function cellText(raw: unknown): string {
  const v = cellValue(raw);
  if (v === null) return '';
  if (v instanceof Date) return isoDate(v);
  return String(v).trim();
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A date cell: an Excel date (exceljs gives a UTC Date), a serial number, or text dd/mm/yyyy or yyyy-mm-dd. */
export function parseDateCell(raw: unknown): string | null | undefined {
  const v = cellValue(raw);
  if (v === null || v === '') return null;
  if (v instanceof Date)
    return Number.isNaN(v.getTime()) ? undefined : isoDate(new Date(Math.round(v.getTime() / 86_400_000) * 86_400_000));
  if (typeof v === 'number') return v > 0 && v < 2_958_466 ? isoDate(new Date(EXCEL_EPOCH_MS + Math.round(v) * 86_400_000)) : undefined;
  const text = String(v).trim();
  if (!text) return null;
  const dmy = DMY.exec(text);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : text;
  return isIsoDate(iso) ? iso : undefined;
}

/** A number cell: an Excel number, or text with a decimal point or a Vietnamese decimal comma ("95,5"). */
export function parseNumberCell(raw: unknown): number | null | undefined {
  const v = cellValue(raw);
  if (v === null || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const text = String(v).trim().replace(/\s/g, '');
  if (!text) return null;
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

/** A province code as typed: Excel turns 08 into the number 8 unless the cell is text. */
export function parseProvinceCode(text: string): string | undefined {
  return /^\d{1,2}$/.test(text) ? text.padStart(2, '0') : undefined;
}

/** A record id typed into a cell (movement, meeting), lower-cased. */
export function parseUuid(text: string): string | undefined {
  return UUID.test(text) ? text.toLowerCase() : undefined;
}

/** Có / Không (and x, 1, 0, true, false). */
export function parseYesNo(text: string): boolean | undefined {
  const folded = foldVietnamese(text);
  if (['co', 'x', 'true', '1'].includes(folded)) return true;
  if (['khong', 'false', '0'].includes(folded)) return false;
  return undefined;
}

// Folded lookups are built once per list: a 10,000-row import would otherwise fold every label on every row.
interface FoldedIndex {
  folded: Map<string, string>;
  /** Cell texts already looked up: the same few labels fill thousands of rows, so most lookups skip the folding. */
  seen: Map<string, string | undefined>;
}
const labelIndexes = new WeakMap<object, FoldedIndex>();
const SEEN_LIMIT = 1_000;

/** Looks `text` up in a folded-text → code map built once per list object (kept while the list lives). */
function lookupFolded(key: object, entries: () => Array<[string, string]>, text: string, exact?: string): string | undefined {
  let index = labelIndexes.get(key);
  if (!index) {
    index = { folded: new Map(), seen: new Map() };
    for (const [label, code] of entries()) if (!index.folded.has(label)) index.folded.set(label, code);
    labelIndexes.set(key, index);
  }
  if (index.seen.has(text)) return index.seen.get(text);
  const found = (exact === undefined ? undefined : index.folded.get(exact)) ?? index.folded.get(foldVietnamese(text));
  if (index.seen.size < SEEN_LIMIT) index.seen.set(text, found);
  return found;
}

/** A code or its Vietnamese label, compared without accents or case. */
export function matchLabel<T extends string>(labels: Record<T, string>, text: string): T | undefined {
  return lookupFolded(
    labels,
    () =>
      (Object.keys(labels) as T[]).flatMap((code): Array<[string, string]> => [
        [foldVietnamese(code), code],
        [foldVietnamese(labels[code]), code],
      ]),
    text,
  ) as T | undefined;
}

/** A catalogue entry (award, criterion) given by its code or its Vietnamese name. */
export function matchNamed(entries: readonly { code: string; name: string }[], text: string): string | undefined {
  return lookupFolded(
    entries,
    () =>
      entries.flatMap((a): Array<[string, string]> => [
        [`code:${a.code.toUpperCase()}`, a.code],
        [foldVietnamese(a.name), a.code],
      ]),
    text,
    `code:${text.trim().toUpperCase()}`,
  );
}

/** Whether the header row is the layout's, accents, case and spacing aside; returns the first mismatch. */
export function checkHeader(
  columns: readonly SheetColumn[],
  cells: readonly unknown[],
): { column: number; expected: string; found: string } | null {
  for (let i = 0; i < columns.length; i++) {
    const found = cellText(cells[i]);
    if (foldVietnamese(found) !== foldVietnamese(columns[i].header)) {
      return { column: i + 1, expected: columns[i].header, found };
    }
  }
  return null;
}

/** Whether a data row has nothing in it (trailing formatted rows are common). */
export function isBlankRow(columns: readonly SheetColumn[], cells: readonly unknown[]): boolean {
  return columns.every((_, i) => cellText(cells[i]) === '');
}

export type CellFail = (code: string, message: string) => void;

/**
 * The common part of every row parser: each column's text, required and length checks, and errors that
 * name the row and the column. `read` turns a non-empty cell into its value (or calls `fail`); empty cells
 * give `empty(field)` (null by default).
 */
export function parseSheetRow<F extends string, T>(
  row: number,
  columns: readonly SheetColumn<F>[],
  cells: readonly unknown[],
  read: (field: F, text: string, raw: unknown, fail: CellFail) => unknown,
  empty: (field: F) => unknown = () => null,
): { row: number; value: T | null; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const out: Record<string, unknown> = {};
  columns.forEach((col, i) => {
    const fail: CellFail = (code, message) => errors.push({ row, column: col.header, code, message: `${col.header}: ${message}` });
    const text = cellText(cells[i]);
    if (!text) {
      if (col.required) fail('isNotEmpty', 'không được để trống');
      out[col.field] = empty(col.field);
      return;
    }
    if (col.max && text.length > col.max) return fail('maxLength', `quá dài (tối đa ${col.max} ký tự)`);
    const before = errors.length;
    const value = read(col.field, text, cells[i], fail);
    if (errors.length === before) out[col.field] = value;
  });
  return { row, value: errors.length ? null : (out as T), errors };
}

/** A list value, or the "not in the list" error. */
export function listValue<T>(value: T | undefined, fail: CellFail, message = 'giá trị không thuộc danh mục'): T | undefined {
  if (value === undefined) fail('isIn', message);
  return value;
}
