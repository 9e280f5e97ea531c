import { CommendationKind, CommendationStatus, Gender, ImportRowError, RecipientClass, RecipientKind } from '@tdkt/shared/contracts';
import { foldVietnamese, isIsoDate } from '@tdkt/shared/util-text';

/** Sheet names of the commendation workbook; the import looks for SHEET first and falls back to the first sheet. */
export const COMMENDATION_SHEET = 'Khen thưởng';
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';
export const LISTS_SHEET = 'Danh mục';

export const RECIPIENT_KIND_VI: Record<RecipientKind, string> = {
  [RecipientKind.INDIVIDUAL]: 'Cá nhân',
  [RecipientKind.COLLECTIVE]: 'Tập thể',
  [RecipientKind.HOUSEHOLD]: 'Hộ gia đình',
};

export const RECIPIENT_CLASS_VI: Record<RecipientClass, string> = {
  [RecipientClass.LEADER]: 'Lãnh đạo',
  [RecipientClass.MANAGER]: 'Quản lý',
  [RecipientClass.DIRECT_WORKER]: 'Người lao động trực tiếp',
  [RecipientClass.ENTREPRENEUR]: 'Doanh nhân',
  [RecipientClass.OTHER]: 'Khác',
};

export const KIND_VI: Record<CommendationKind, string> = {
  [CommendationKind.REGULAR]: 'Thường xuyên',
  [CommendationKind.THEMATIC]: 'Theo chuyên đề',
  [CommendationKind.EXTRAORDINARY]: 'Đột xuất',
  [CommendationKind.CONTRIBUTION]: 'Quá trình cống hiến',
  [CommendationKind.SENIORITY]: 'Niên hạn',
  [CommendationKind.FOREIGN]: 'Đối ngoại',
  [CommendationKind.RESISTANCE]: 'Thành tích kháng chiến',
};

export const GENDER_VI: Record<Gender, string> = { [Gender.MALE]: 'Nam', [Gender.FEMALE]: 'Nữ' };

/** Statuses a row may carry: a decided provincial award, or a draft proposal. Others are only exported. */
export const STATUS_VI: Record<CommendationStatus, string> = {
  [CommendationStatus.APPROVED]: 'Đã quyết định',
  [CommendationStatus.DRAFT]: 'Nháp',
  [CommendationStatus.SUBMITTED]: 'Đã trình',
  [CommendationStatus.RETURNED]: 'Bị trả lại',
  [CommendationStatus.REVOKED]: 'Đã thu hồi',
};
export const IMPORTABLE_STATUSES = [CommendationStatus.APPROVED, CommendationStatus.DRAFT];

export const YES_VI = 'Có';
export const NO_VI = 'Không';

export type ColumnKind = 'text' | 'date' | 'year' | 'list';

export interface SheetColumn {
  /** The API field the column fills (CreateCommendationDto names). */
  field: keyof CommendationRow;
  header: string;
  kind: ColumnKind;
  required?: boolean;
  /** Maximum length of text columns, as in CreateCommendationDto. */
  max?: number;
  width: number;
}

/** Column order of the template, the export and the import: one definition keeps them in step. */
export const COMMENDATION_COLUMNS: readonly SheetColumn[] = [
  { field: 'recipientKind', header: 'Đối tượng', kind: 'list', required: true, width: 14 },
  { field: 'recipientName', header: 'Họ tên / Tên tập thể', kind: 'text', required: true, max: 300, width: 30 },
  { field: 'position', header: 'Chức vụ', kind: 'text', max: 300, width: 20 },
  { field: 'organization', header: 'Đơn vị công tác', kind: 'text', max: 300, width: 30 },
  { field: 'provinceCode', header: 'Mã tỉnh', kind: 'list', required: true, width: 9 },
  { field: 'gender', header: 'Giới tính', kind: 'list', width: 10 },
  { field: 'ethnicMinority', header: 'Dân tộc thiểu số', kind: 'list', width: 10 },
  { field: 'recipientClass', header: 'Thành phần', kind: 'list', width: 24 },
  { field: 'awardTypeCode', header: 'Danh hiệu / hình thức khen thưởng', kind: 'list', required: true, width: 45 },
  { field: 'kind', header: 'Loại khen thưởng', kind: 'list', required: true, width: 18 },
  { field: 'movementId', header: 'Mã phong trào thi đua', kind: 'text', width: 20 },
  { field: 'achievementYear', header: 'Năm thành tích', kind: 'year', width: 10 },
  { field: 'decisionNumber', header: 'Số quyết định', kind: 'text', max: 50, width: 18 },
  { field: 'decisionDate', header: 'Ngày quyết định', kind: 'date', width: 14 },
  { field: 'decidingAuthority', header: 'Cấp quyết định', kind: 'text', max: 300, width: 28 },
  { field: 'citation', header: 'Thành tích', kind: 'text', max: 5000, width: 40 },
  { field: 'status', header: 'Trạng thái', kind: 'list', required: true, width: 16 },
];

/** A row turned into the API's values; award and province are still codes. */
export interface CommendationRow {
  achievementYear: number | null;
  awardTypeCode: string;
  citation: string | null;
  decidingAuthority: string | null;
  decisionDate: string | null;
  decisionNumber: string | null;
  ethnicMinority: boolean;
  gender: Gender | null;
  kind: CommendationKind;
  movementId: string | null;
  organization: string | null;
  position: string | null;
  provinceCode: string;
  recipientClass: RecipientClass | null;
  recipientKind: RecipientKind;
  recipientName: string;
  status: CommendationStatus;
}

/** What the row parser needs to know of the award catalogue. */
export interface AwardName {
  code: string;
  name: string;
}

export interface ParsedRow {
  row: number;
  value: CommendationRow | null;
  errors: ImportRowError[];
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

// Folded lookups are built once per list: a 10,000-row import would otherwise fold every label on every row.
const labelIndexes = new WeakMap<object, Map<string, string>>();

function index(key: object, entries: () => Array<[string, string]>): Map<string, string> {
  let map = labelIndexes.get(key);
  if (!map) {
    map = new Map();
    for (const [text, code] of entries()) if (!map.has(text)) map.set(text, code);
    labelIndexes.set(key, map);
  }
  return map;
}

/** A code or its Vietnamese label, compared without accents or case. */
export function matchLabel<T extends string>(labels: Record<T, string>, text: string): T | undefined {
  const map = index(labels, () =>
    (Object.keys(labels) as T[]).flatMap((code): Array<[string, string]> => [
      [foldVietnamese(code), code],
      [foldVietnamese(labels[code]), code],
    ]),
  );
  return map.get(foldVietnamese(text)) as T | undefined;
}

/** An award given by its catalogue code or its Vietnamese name. */
export function matchAward(awards: readonly AwardName[], text: string): string | undefined {
  const map = index(awards, () =>
    awards.flatMap((a): Array<[string, string]> => [
      [`code:${a.code}`, a.code],
      [foldVietnamese(a.name), a.code],
    ]),
  );
  return map.get(`code:${text.trim().toUpperCase()}`) ?? map.get(foldVietnamese(text));
}

/** Whether the header row is the template's, accents, case and spacing aside; returns the first mismatch. */
export function checkHeader(cells: readonly unknown[]): { column: number; expected: string; found: string } | null {
  for (let i = 0; i < COMMENDATION_COLUMNS.length; i++) {
    const found = cellText(cells[i]);
    if (foldVietnamese(found) !== foldVietnamese(COMMENDATION_COLUMNS[i].header)) {
      return { column: i + 1, expected: COMMENDATION_COLUMNS[i].header, found };
    }
  }
  return null;
}

/** Whether a data row has nothing in it (trailing formatted rows are common). */
export function isBlankRow(cells: readonly unknown[]): boolean {
  return COMMENDATION_COLUMNS.every((_, i) => cellText(cells[i]) === '');
}

/**
 * Turns one sheet row (cells in COMMENDATION_COLUMNS order) into API values, listing every problem of the row.
 * Only the form of each cell is checked here; the record rules run on the result (checkCommendation).
 */
export function parseCommendationRow(row: number, cells: readonly unknown[], awards: readonly AwardName[]): ParsedRow {
  const errors: ImportRowError[] = [];
  const out: Record<string, unknown> = {};
  COMMENDATION_COLUMNS.forEach((col, i) => {
    const fail = (code: string, message: string) => errors.push({ row, column: col.header, code, message: `${col.header}: ${message}` });
    const text = cellText(cells[i]);
    if (!text) {
      if (col.required) fail('isNotEmpty', 'không được để trống');
      out[col.field] = col.field === 'ethnicMinority' ? false : null;
      return;
    }
    if (col.max && text.length > col.max) return fail('maxLength', `quá dài (tối đa ${col.max} ký tự)`);
    switch (col.field) {
      case 'recipientKind':
        return set(col.field, matchLabel(RECIPIENT_KIND_VI, text), fail);
      case 'recipientClass':
        return set(col.field, matchLabel(RECIPIENT_CLASS_VI, text), fail);
      case 'kind':
        return set(col.field, matchLabel(KIND_VI, text), fail);
      case 'gender':
        return set(col.field, matchLabel(GENDER_VI, text), fail);
      case 'status': {
        const status = matchLabel(STATUS_VI, text);
        if (status && !IMPORTABLE_STATUSES.includes(status)) {
          return fail('statusNotImportable', `chỉ nhập "${STATUS_VI.APPROVED}" hoặc "${STATUS_VI.DRAFT}"`);
        }
        return set(col.field, status, fail);
      }
      case 'ethnicMinority': {
        const folded = foldVietnamese(text);
        const yes = ['co', 'x', 'true', '1'].includes(folded);
        if (!yes && !['khong', 'false', '0'].includes(folded)) return fail('isBoolean', `ghi "${YES_VI}" hoặc "${NO_VI}"`);
        out[col.field] = yes;
        return;
      }
      case 'awardTypeCode':
        return set(col.field, matchAward(awards, text), fail, 'không có trong danh mục khen thưởng');
      case 'provinceCode':
        // Excel turns 08 into the number 8 unless the cell is text.
        if (!/^\d{1,2}$/.test(text)) return fail('matches', 'phải là mã tỉnh hai chữ số, ví dụ 08');
        out[col.field] = text.padStart(2, '0');
        return;
      case 'movementId':
        if (!UUID.test(text)) return fail('isUuid', 'mã phong trào không hợp lệ');
        out[col.field] = text.toLowerCase();
        return;
      case 'achievementYear': {
        const year = Number(text);
        if (!Number.isInteger(year) || year < 1945 || year > 2100) return fail('isRecordYear', 'phải là năm từ 1945 đến 2100');
        out[col.field] = year;
        return;
      }
      case 'decisionDate': {
        const date = parseDateCell(cells[i]);
        if (date === undefined) return fail('isDate', 'ngày không hợp lệ (định dạng dd/mm/yyyy)');
        out[col.field] = date;
        return;
      }
      default:
        out[col.field] = text;
    }
  });
  return { row, value: errors.length ? null : (out as unknown as CommendationRow), errors };

  function set(
    field: string,
    value: string | undefined,
    fail: (code: string, message: string) => void,
    message = 'giá trị không thuộc danh mục',
  ) {
    if (value === undefined) fail('isIn', message);
    else out[field] = value;
  }
}

/** Key of the duplicate rule: same recipient, award and decision number (accents and case aside). */
export function duplicateKey(provinceFamily: string, recipientName: string, awardTypeId: string, decisionNumber: string | null): string {
  return [provinceFamily, foldVietnamese(recipientName), awardTypeId, foldVietnamese(decisionNumber)].join('|');
}

/** One row of the export, in COMMENDATION_COLUMNS order, with labels the import reads back. */
export function exportCells(c: CommendationRow & { awardTypeName: string }): Array<string | number | Date | null> {
  return COMMENDATION_COLUMNS.map((col) => {
    switch (col.field) {
      case 'recipientKind':
        return RECIPIENT_KIND_VI[c.recipientKind];
      case 'recipientClass':
        return c.recipientClass ? RECIPIENT_CLASS_VI[c.recipientClass] : null;
      case 'kind':
        return KIND_VI[c.kind];
      case 'gender':
        return c.gender ? GENDER_VI[c.gender] : null;
      case 'status':
        return STATUS_VI[c.status];
      case 'ethnicMinority':
        return c.ethnicMinority ? YES_VI : NO_VI;
      case 'awardTypeCode':
        return c.awardTypeName;
      case 'decisionDate':
        return c.decisionDate ? new Date(`${c.decisionDate}T00:00:00Z`) : null;
      default:
        return c[col.field] as string | number | null;
    }
  });
}
