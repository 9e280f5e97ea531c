import { CommendationKind, CommendationStatus, Gender, ImportRowError, RecipientClass, RecipientKind } from '@tdkt/shared/contracts';
import { foldVietnamese } from '@tdkt/shared/util-text';
import {
  NO_VI,
  RECIPIENT_KIND_VI,
  SheetColumn,
  SheetLayout,
  YES_VI,
  listValue,
  matchLabel,
  matchNamed,
  parseDateCell,
  parseProvinceCode,
  parseSheetRow,
  parseUuid,
  parseYesNo,
} from '@tdkt/api/imports';

/** Sheet names of the commendation workbook; the import looks for SHEET first and falls back to the first sheet. */
export const COMMENDATION_SHEET = 'Khen thưởng';

/** Word for word and in the order of the commendation form (i18n commendations `recipientClass`), so both read alike. */
export const RECIPIENT_CLASS_VI: Record<RecipientClass, string> = {
  [RecipientClass.LEADER]: 'Lãnh đạo',
  [RecipientClass.MANAGER]: 'Quản lý',
  [RecipientClass.ENTREPRENEUR]: 'Doanh nhân',
  [RecipientClass.DIRECT_WORKER]: 'Công nhân, nông dân, người lao động trực tiếp',
  [RecipientClass.OTHER]: 'Khác',
};

/** Other wordings accepted on import: the template's before issue #17 and the form's English labels. */
const RECIPIENT_CLASS_ALIASES: Record<string, RecipientClass> = {
  'Người lao động trực tiếp': RecipientClass.DIRECT_WORKER,
  Leader: RecipientClass.LEADER,
  Manager: RecipientClass.MANAGER,
  Entrepreneur: RecipientClass.ENTREPRENEUR,
  'Worker, farmer, direct worker': RecipientClass.DIRECT_WORKER,
  'Direct worker': RecipientClass.DIRECT_WORKER,
  Other: RecipientClass.OTHER,
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

/** The commendation form's wording of each kind ("Khen thưởng thường xuyên"), accepted on import too. */
const KIND_ALIASES: Record<string, CommendationKind> = {
  'Khen thưởng thường xuyên': CommendationKind.REGULAR,
  'Khen thưởng theo đợt, chuyên đề': CommendationKind.THEMATIC,
  'Theo đợt, chuyên đề': CommendationKind.THEMATIC,
  'Khen thưởng đột xuất': CommendationKind.EXTRAORDINARY,
  'Khen thưởng quá trình cống hiến': CommendationKind.CONTRIBUTION,
  'Khen thưởng theo niên hạn': CommendationKind.SENIORITY,
  'Khen thưởng đối ngoại': CommendationKind.FOREIGN,
  'Khen thưởng thành tích kháng chiến': CommendationKind.RESISTANCE,
};

/** A label of `labels`, or one of the other wordings in `aliases` (accents, case and spacing aside). */
function matchWording<T extends string>(labels: Record<T, string>, aliases: Record<string, T>, text: string): T | undefined {
  const folded = foldVietnamese(text);
  return matchLabel(labels, text) ?? Object.entries(aliases).find(([wording]) => foldVietnamese(wording) === folded)?.[1];
}

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

/** The commendation sheet's columns, named as CommendationRow's fields. */
export type CommendationColumn = SheetColumn<keyof CommendationRow>;

/** Column order of the template, the export and the import: one definition keeps them in step. */
export const COMMENDATION_COLUMNS: readonly CommendationColumn[] = [
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
  // By the name pages show (an id, as older files have it, is accepted too): no page shows a movement's id.
  { field: 'movementId', header: 'Phong trào thi đua', kind: 'list', width: 40 },
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
  /** The movement's id, or its name as typed, which the import resolves against the movements. */
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

export const COMMENDATION_LAYOUT: SheetLayout<keyof CommendationRow> = { name: COMMENDATION_SHEET, columns: COMMENDATION_COLUMNS };

/**
 * Turns one sheet row (cells in COMMENDATION_COLUMNS order) into API values, listing every problem of the row.
 * Only the form of each cell is checked here; the record rules run on the result (checkCommendation).
 */
export function parseCommendationRow(
  row: number,
  cells: readonly unknown[],
  awards: readonly AwardName[],
): { row: number; value: CommendationRow | null; errors: ImportRowError[] } {
  return parseSheetRow<keyof CommendationRow, CommendationRow>(
    row,
    COMMENDATION_COLUMNS,
    cells,
    (field, text, raw, fail) => {
      switch (field) {
        case 'recipientKind':
          return listValue(matchLabel(RECIPIENT_KIND_VI, text), fail);
        case 'recipientClass':
          return listValue(matchWording(RECIPIENT_CLASS_VI, RECIPIENT_CLASS_ALIASES, text), fail);
        case 'kind':
          return listValue(matchWording(KIND_VI, KIND_ALIASES, text), fail);
        case 'gender':
          return listValue(matchLabel(GENDER_VI, text), fail);
        case 'status': {
          const status = matchLabel(STATUS_VI, text);
          if (status && !IMPORTABLE_STATUSES.includes(status)) {
            return fail('statusNotImportable', `chỉ nhập "${STATUS_VI.APPROVED}" hoặc "${STATUS_VI.DRAFT}"`);
          }
          return listValue(status, fail);
        }
        case 'ethnicMinority': {
          const yes = parseYesNo(text);
          if (yes === undefined) fail('isBoolean', `ghi "${YES_VI}" hoặc "${NO_VI}"`);
          return yes;
        }
        case 'awardTypeCode':
          return listValue(matchNamed(awards, text), fail, 'không có trong danh mục khen thưởng');
        case 'provinceCode': {
          const code = parseProvinceCode(text);
          if (!code) fail('matches', 'phải là mã tỉnh hai chữ số, ví dụ 08');
          return code;
        }
        case 'movementId':
          return parseUuid(text) ?? text;
        case 'achievementYear': {
          const year = Number(text);
          if (!Number.isInteger(year) || year < 1945 || year > 2100) return fail('isRecordYear', 'phải là năm từ 1945 đến 2100');
          return year;
        }
        case 'decisionDate': {
          const date = parseDateCell(raw);
          if (date === undefined) fail('isDate', 'ngày không hợp lệ (định dạng dd/mm/yyyy)');
          return date;
        }
        default:
          return text;
      }
    },
    (field) => (field === 'ethnicMinority' ? false : null),
  );
}

/** Key of the duplicate rule: same recipient, award and decision number (accents and case aside). */
export function duplicateKey(provinceFamily: string, recipientName: string, awardTypeId: string, decisionNumber: string | null): string {
  return [provinceFamily, foldVietnamese(recipientName), awardTypeId, foldVietnamese(decisionNumber)].join('|');
}

/** One row of the export, in COMMENDATION_COLUMNS order, with labels the import reads back. */
export function exportCells(
  c: CommendationRow & { awardTypeName: string; movementName?: string | null },
): Array<string | number | Date | null> {
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
      case 'movementId':
        return c.movementName ?? c.movementId;
      case 'decisionDate':
        return c.decisionDate ? new Date(`${c.decisionDate}T00:00:00Z`) : null;
      default:
        return c[col.field] as string | number | null;
    }
  });
}
