import { Period } from '@tdkt/shared/contracts';
import { PLEDGE_RESULT_COLUMNS, parsePledgeResultRow } from './pledge-result-sheet';

const criteria = [
  { code: 'TC1', name: 'Tỷ lệ hồ sơ khen thưởng giải quyết đúng hạn', yesNo: false },
  { code: 'TC2', name: 'Ban hành kế hoạch triển khai các phong trào thi đua', yesNo: true },
];

describe('pledge result sheet', () => {
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
});
