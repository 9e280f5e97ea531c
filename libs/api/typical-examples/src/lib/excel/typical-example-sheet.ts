import { ImportRowError, RecipientKind } from '@tdkt/shared/contracts';
import { foldVietnamese } from '@tdkt/shared/util-text';
import {
  RECIPIENT_KIND_VI,
  SheetColumn,
  SheetLayout,
  listValue,
  matchLabel,
  parseDateCell,
  parseProvinceCode,
  parseSheetRow,
  parseUuid,
} from '@tdkt/api/imports';

export const TYPICAL_EXAMPLE_SHEET = 'Điển hình tiên tiến';

/** Typical examples are individuals or collectives (CreateTypicalExampleDto). */
export const EXAMPLE_KIND_VI = {
  [RecipientKind.INDIVIDUAL]: RECIPIENT_KIND_VI[RecipientKind.INDIVIDUAL],
  [RecipientKind.COLLECTIVE]: RECIPIENT_KIND_VI[RecipientKind.COLLECTIVE],
} as const;

/** A row turned into the API's values (CreateTypicalExampleDto). */
export interface TypicalExampleRow {
  honouredAtMeetingId: string | null;
  honouredOn: string;
  movementId: string | null;
  name: string;
  provinceCode: string;
  recipientKind: RecipientKind.INDIVIDUAL | RecipientKind.COLLECTIVE;
  story: string | null;
}

export const TYPICAL_EXAMPLE_COLUMNS: readonly SheetColumn<keyof TypicalExampleRow>[] = [
  { field: 'recipientKind', header: 'Đối tượng', kind: 'list', required: true, width: 12 },
  { field: 'name', header: 'Tên cá nhân / tập thể điển hình', kind: 'text', required: true, max: 300, width: 34 },
  { field: 'provinceCode', header: 'Mã tỉnh', kind: 'list', required: true, width: 9 },
  { field: 'honouredOn', header: 'Ngày biểu dương', kind: 'date', required: true, width: 14 },
  { field: 'movementId', header: 'Mã phong trào thi đua', kind: 'text', width: 20 },
  { field: 'honouredAtMeetingId', header: 'Mã hội nghị biểu dương', kind: 'text', width: 20 },
  { field: 'story', header: 'Thành tích, gương điển hình', kind: 'text', max: 10000, width: 60 },
];

export const TYPICAL_EXAMPLE_LAYOUT: SheetLayout<keyof TypicalExampleRow> = {
  name: TYPICAL_EXAMPLE_SHEET,
  columns: TYPICAL_EXAMPLE_COLUMNS,
};

/** Turns one sheet row into CreateTypicalExampleDto values, listing every problem of the row. */
export function parseTypicalExampleRow(
  row: number,
  cells: readonly unknown[],
): { row: number; value: TypicalExampleRow | null; errors: ImportRowError[] } {
  return parseSheetRow<keyof TypicalExampleRow, TypicalExampleRow>(row, TYPICAL_EXAMPLE_COLUMNS, cells, (field, text, raw, fail) => {
    switch (field) {
      case 'recipientKind':
        return listValue(
          matchLabel(EXAMPLE_KIND_VI, text),
          fail,
          `ghi "${EXAMPLE_KIND_VI.INDIVIDUAL}" hoặc "${EXAMPLE_KIND_VI.COLLECTIVE}"`,
        );
      case 'provinceCode': {
        const code = parseProvinceCode(text);
        if (!code) fail('matches', 'phải là mã tỉnh hai chữ số, ví dụ 08');
        return code;
      }
      case 'honouredOn': {
        const date = parseDateCell(raw);
        if (!date) fail('isDate', 'ngày không hợp lệ (định dạng dd/mm/yyyy)');
        return date;
      }
      case 'movementId':
      case 'honouredAtMeetingId': {
        const id = parseUuid(text);
        if (!id) fail('isUuid', field === 'movementId' ? 'mã phong trào không hợp lệ' : 'mã hội nghị không hợp lệ');
        return id;
      }
      default:
        return text;
    }
  });
}

/** Key of the duplicate rule: the same name (accents and case aside) honoured on the same day in the same province. */
export function typicalExampleKey(provinceFamily: string, name: string, honouredOn: string): string {
  return [provinceFamily, foldVietnamese(name), honouredOn].join('|');
}
