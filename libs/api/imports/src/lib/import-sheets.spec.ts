import { Period, RecipientKind } from '@tdkt/shared/contracts';
import { PLEDGE_RESULT_COLUMNS, parsePledgeResultRow } from './pledge-result-sheet';
import { parseNumberCell } from './sheet';
import { TYPICAL_EXAMPLE_COLUMNS, parseTypicalExampleRow, typicalExampleKey } from './typical-example-sheet';

const criteria = [
  { code: 'TC1', name: 'Tỷ lệ hồ sơ khen thưởng giải quyết đúng hạn', yesNo: false },
  { code: 'TC2', name: 'Ban hành kế hoạch triển khai các phong trào thi đua', yesNo: true },
];

describe('pledge result and typical example sheets', () => {
  it('parseNumberCell reads numbers, a decimal point or a Vietnamese decimal comma; rejects words', () => {
    expect(parseNumberCell(95)).toBe(95);
    expect(parseNumberCell('12,5')).toBe(12.5);
    expect(parseNumberCell(' 12.5 ')).toBe(12.5);
    expect(parseNumberCell({ formula: 'A1*2', result: 4 })).toBe(4);
    expect(parseNumberCell('')).toBeNull();
    expect(parseNumberCell('khoảng 90')).toBeUndefined();
  });

  it('parsePledgeResultRow takes criteria by code or name, periods by label, yes/no for yes/no criteria only', () => {
    expect(
      parsePledgeResultRow(2, [8, 'tỷ lệ hồ sơ khen thưởng giải quyết đúng hạn', '6 tháng đầu năm', 100, '95,5', null], criteria),
    ).toEqual({
      row: 2,
      errors: [],
      value: { provinceCode: '08', criterionCode: 'TC1', period: Period.H1, targetValue: 100, actualValue: 95.5, note: null },
    });
    expect(parsePledgeResultRow(3, ['08', 'tc2', 'Cả năm', 'Có', 'Không', 'Đã ban hành'], criteria).value).toMatchObject({
      criterionCode: 'TC2',
      period: Period.FY,
      targetValue: 1,
      actualValue: 0,
    });
    const bad = parsePledgeResultRow(4, ['Tuyên Quang', 'TC9', 'Quý 1', 'Có', null, null], criteria);
    expect(bad.value).toBeNull();
    const header = (field: string) => PLEDGE_RESULT_COLUMNS.find((c) => c.field === field)?.header;
    expect(bad.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [4, header('provinceCode'), 'matches'],
      [4, header('criterionCode'), 'isIn'],
      [4, header('period'), 'isIn'],
      [4, header('targetValue'), 'isNumber'],
    ]);
  });

  it('parseTypicalExampleRow reads kinds, dates and ids; lists every problem with its column', () => {
    expect(parseTypicalExampleRow(2, ['Tập thể', 'Trường Tiểu học Na Hang', 8, '29/07/2024', null, null, 'Dạy tốt']).value).toEqual({
      recipientKind: RecipientKind.COLLECTIVE,
      name: 'Trường Tiểu học Na Hang',
      provinceCode: '08',
      honouredOn: '2024-07-29',
      movementId: null,
      honouredAtMeetingId: null,
      story: 'Dạy tốt',
    });
    const bad = parseTypicalExampleRow(5, ['Hộ gia đình', '', '08', '31/02/2024', 'x', null, null]);
    const header = (field: string) => TYPICAL_EXAMPLE_COLUMNS.find((c) => c.field === field)?.header;
    expect(bad.errors.map((e) => [e.column, e.code])).toEqual([
      [header('recipientKind'), 'isIn'],
      [header('name'), 'isNotEmpty'],
      [header('honouredOn'), 'isDate'],
      [header('movementId'), 'isUuid'],
    ]);
    expect(typicalExampleKey('p', 'Nguyễn Thị  Hằng', '2024-07-29')).toBe(typicalExampleKey('p', 'nguyen thi hang', '2024-07-29'));
  });
});
