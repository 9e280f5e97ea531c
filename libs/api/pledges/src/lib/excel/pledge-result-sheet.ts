import { ImportRowError, Period } from '@tdkt/shared/contracts';
import {
  NO_VI,
  SheetColumn,
  SheetLayout,
  YES_VI,
  cellText,
  listValue,
  matchLabel,
  matchNamed,
  parseNumberCell,
  parseProvinceCode,
  parseSheetRow,
  parseYesNo,
} from '@tdkt/api/imports';

export const PLEDGE_RESULT_SHEET = 'Kết quả giao ước';

export const PERIOD_VI: Record<Period, string> = { [Period.H1]: '6 tháng đầu năm', [Period.FY]: 'Cả năm' };

/** A row turned into the API's values (PledgeResultDto); the criterion is still a code. */
export interface PledgeResultRow {
  actualValue: number | null;
  criterionCode: string;
  note: string | null;
  period: Period;
  provinceCode: string;
  targetValue: number | null;
}

export const PLEDGE_RESULT_COLUMNS: readonly SheetColumn<keyof PledgeResultRow>[] = [
  { field: 'provinceCode', header: 'Mã tỉnh', kind: 'list', required: true, width: 9 },
  { field: 'criterionCode', header: 'Tiêu chí', kind: 'list', required: true, width: 60 },
  { field: 'period', header: 'Kỳ', kind: 'list', required: true, width: 18 },
  { field: 'targetValue', header: 'Chỉ tiêu', kind: 'number', width: 12 },
  { field: 'actualValue', header: 'Kết quả thực hiện', kind: 'number', width: 14 },
  { field: 'note', header: 'Ghi chú', kind: 'text', max: 2000, width: 40 },
];

export const PLEDGE_RESULT_LAYOUT: SheetLayout<keyof PledgeResultRow> = { name: PLEDGE_RESULT_SHEET, columns: PLEDGE_RESULT_COLUMNS };

/** What the row parser needs to know of the pledge's criteria. */
export interface CriterionName {
  code: string;
  name: string;
  /** YES_NO criteria also take Có / Không (1 / 0). */
  yesNo: boolean;
}

const LIMIT = 1e12;

/** Turns one sheet row into PledgeResultDto values; criteria by code or name, numbers with a point or a comma. */
export function parsePledgeResultRow(
  row: number,
  cells: readonly unknown[],
  criteria: readonly CriterionName[],
): { row: number; value: PledgeResultRow | null; errors: ImportRowError[] } {
  // Yes/no criteria take Có / Không as 1 / 0: the criterion is read first to know which.
  const criterionCode = matchNamed(criteria, cellText(cells[1]));
  const yesNo = criteria.some((c) => c.code === criterionCode && c.yesNo);
  return parseSheetRow<keyof PledgeResultRow, PledgeResultRow>(row, PLEDGE_RESULT_COLUMNS, cells, (field, text, raw, fail) => {
    switch (field) {
      case 'provinceCode': {
        const code = parseProvinceCode(text);
        if (!code) fail('matches', 'phải là mã tỉnh hai chữ số, ví dụ 08');
        return code;
      }
      case 'criterionCode':
        return listValue(criterionCode, fail, 'giao ước không có tiêu chí này');
      case 'period':
        return listValue(matchLabel(PERIOD_VI, text), fail, `ghi "${PERIOD_VI.H1}" hoặc "${PERIOD_VI.FY}"`);
      case 'targetValue':
      case 'actualValue': {
        const yes = yesNo ? parseYesNo(text) : undefined;
        const n = yes === undefined ? parseNumberCell(raw) : Number(yes);
        if (n === undefined || n === null)
          return fail('isNumber', yesNo ? `ghi "${YES_VI}" hoặc "${NO_VI}"` : 'phải là một số, ví dụ 95 hoặc 12,5');
        if (Math.abs(n) > LIMIT) return fail('max', 'giá trị quá lớn');
        // numeric(18, 4) in the database.
        return Math.round(n * 10_000) / 10_000;
      }
      default:
        return text;
    }
  });
}

/** Key of the duplicate rule: one value per province, criterion and period. */
export function pledgeResultKey(provinceId: string, criterionId: string, period: Period): string {
  return `${provinceId}|${criterionId}|${period}`;
}
