import { CommendationKind, CommendationStatus, Gender, RecipientClass, RecipientKind } from '@tdkt/shared/contracts';
import {
  RECIPIENT_KIND_VI,
  cellText,
  checkHeader as checkSheetHeader,
  isBlankRow as isBlankSheetRow,
  matchLabel,
  matchNamed as matchAward,
  parseDateCell,
} from '@tdkt/api/imports';
import { COMMENDATION_COLUMNS, duplicateKey, exportCells, parseCommendationRow } from './commendation-sheet';

const checkHeader = (cells: readonly unknown[]) => checkSheetHeader(COMMENDATION_COLUMNS, cells);
const isBlankRow = (cells: readonly unknown[]) => isBlankSheetRow(COMMENDATION_COLUMNS, cells);

const awards = [
  { code: 'BANG_KHEN_TINH', name: 'Bằng khen của Chủ tịch UBND tỉnh (Bộ, ban, ngành, tỉnh)' },
  { code: 'GIAY_KHEN', name: 'Giấy khen' },
];

const good = {
  recipientKind: RecipientKind.INDIVIDUAL,
  recipientName: 'Nguyễn Thị Hằng',
  position: 'Giáo viên',
  organization: 'Trường THCS Hòa An',
  provinceCode: '08',
  gender: Gender.FEMALE,
  ethnicMinority: true,
  recipientClass: RecipientClass.DIRECT_WORKER,
  awardTypeCode: 'BANG_KHEN_TINH',
  kind: CommendationKind.REGULAR,
  movementId: null,
  achievementYear: 2023,
  decisionNumber: '312/QĐ-UBND',
  decisionDate: '2024-06-30',
  decidingAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang',
  citation: 'Thành tích xuất sắc',
  status: CommendationStatus.APPROVED,
};

describe('commendation sheet', () => {
  it('parseDateCell reads Excel dates, serial numbers and dd/mm/yyyy or ISO text; rejects impossible dates', () => {
    expect(parseDateCell(new Date(Date.UTC(2024, 5, 30)))).toBe('2024-06-30');
    expect(parseDateCell(45473)).toBe('2024-06-30');
    expect(parseDateCell('30/06/2024')).toBe('2024-06-30');
    expect(parseDateCell('1/7/2025')).toBe('2025-07-01');
    expect(parseDateCell('2024-06-30')).toBe('2024-06-30');
    expect(parseDateCell({ richText: [{ text: '30/06/' }, { text: '2024' }] })).toBe('2024-06-30');
    expect(parseDateCell({ formula: 'DATE(2024,6,30)', result: new Date(Date.UTC(2024, 5, 30)) })).toBe('2024-06-30');
    expect(parseDateCell(null)).toBeNull();
    expect(parseDateCell('  ')).toBeNull();
    expect(parseDateCell('31/02/2024')).toBeUndefined();
    expect(parseDateCell('06/30/2024')).toBeUndefined();
    expect(parseDateCell('hôm qua')).toBeUndefined();
  });

  it('matchLabel and matchAward accept codes and Vietnamese labels, accents and case aside', () => {
    expect(matchLabel(RECIPIENT_KIND_VI, 'ho gia dinh')).toBe(RecipientKind.HOUSEHOLD);
    expect(matchLabel(RECIPIENT_KIND_VI, 'INDIVIDUAL')).toBe(RecipientKind.INDIVIDUAL);
    expect(matchLabel(RECIPIENT_KIND_VI, 'Nhóm')).toBeUndefined();
    expect(matchAward(awards, 'giấy khen')).toBe('GIAY_KHEN');
    expect(matchAward(awards, 'bang_khen_tinh')).toBe('BANG_KHEN_TINH');
    expect(matchAward(awards, 'Bằng khen')).toBeUndefined();
  });

  it('checkHeader names the first column that differs from the template', () => {
    const header = COMMENDATION_COLUMNS.map((c) => c.header.toUpperCase());
    expect(checkHeader(header)).toBeNull();
    header[3] = 'Cơ quan';
    expect(checkHeader(header)).toEqual({ column: 4, expected: 'Đơn vị công tác', found: 'Cơ quan' });
    expect(checkHeader([])).toMatchObject({ column: 1, found: '' });
  });

  it('exportCells and parseCommendationRow round-trip a record', () => {
    const cells = exportCells({ ...good, awardTypeName: awards[0].name });
    expect(cells[COMMENDATION_COLUMNS.findIndex((c) => c.field === 'awardTypeCode')]).toBe(awards[0].name);
    expect(parseCommendationRow(2, cells, awards)).toEqual({ row: 2, value: good, errors: [] });
  });

  it('parseCommendationRow lists every problem of a row with its column header', () => {
    const cells = exportCells({ ...good, awardTypeName: 'Không có' });
    const at = (field: string) => COMMENDATION_COLUMNS.findIndex((c) => c.field === field);
    cells[at('recipientName')] = ' ';
    cells[at('provinceCode')] = 'TQ';
    cells[at('achievementYear')] = 1900;
    cells[at('ethnicMinority')] = 'hình như';
    cells[at('status')] = 'Đã thu hồi';
    const parsed = parseCommendationRow(7, cells, awards);
    expect(parsed.value).toBeNull();
    expect(parsed.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [7, 'Họ tên / Tên tập thể', 'isNotEmpty'],
      [7, 'Mã tỉnh', 'matches'],
      [7, 'Dân tộc thiểu số', 'isBoolean'],
      [7, 'Danh hiệu / hình thức khen thưởng', 'isIn'],
      [7, 'Năm thành tích', 'isRecordYear'],
      [7, 'Trạng thái', 'statusNotImportable'],
    ]);
    expect(parsed.errors.every((e) => e.message.startsWith(`${e.column}: `))).toBe(true);
  });

  it('parseCommendationRow pads a province code Excel stored as a number and defaults optional cells', () => {
    const cells: unknown[] = COMMENDATION_COLUMNS.map(() => null);
    const at = (field: string) => COMMENDATION_COLUMNS.findIndex((c) => c.field === field);
    cells[at('recipientKind')] = 'Tập thể';
    cells[at('recipientName')] = 'Trường THPT Chuyên';
    cells[at('provinceCode')] = 8;
    cells[at('awardTypeCode')] = 'Giấy khen';
    cells[at('kind')] = 'Đột xuất';
    cells[at('status')] = 'Nháp';
    expect(parseCommendationRow(3, cells, awards).value).toMatchObject({
      provinceCode: '08',
      ethnicMinority: false,
      gender: null,
      decisionDate: null,
      kind: CommendationKind.EXTRAORDINARY,
      status: CommendationStatus.DRAFT,
    });
  });

  it('isBlankRow, cellText and duplicateKey', () => {
    expect(isBlankRow([null, '', ' ', { richText: [] }])).toBe(true);
    expect(isBlankRow([null, 'x'])).toBe(false);
    expect(cellText({ text: 'liên kết', hyperlink: 'http://x' })).toBe('liên kết');
    expect(cellText(2024)).toBe('2024');
    expect(duplicateKey('p', 'Nguyễn Thị  Hằng', 'a', '312/QĐ-UBND')).toBe(duplicateKey('p', 'nguyen thi hang', 'a', '312/qđ-ubnd'));
    expect(duplicateKey('p', 'A', 'a', null)).not.toBe(duplicateKey('p', 'A', 'a', '1/QĐ'));
  });
});
