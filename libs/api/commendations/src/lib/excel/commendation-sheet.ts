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
          return listValue(matchLabel(RECIPIENT_CLASS_VI, text), fail);
        case 'kind':
          return listValue(matchLabel(KIND_VI, text), fail);
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
        case 'movementId': {
          const id = parseUuid(text);
          if (!id) fail('isUuid', 'mã phong trào không hợp lệ');
          return id;
        }
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
