import { RecipientKind } from '@tdkt/shared/contracts';
import { TYPICAL_EXAMPLE_COLUMNS, parseTypicalExampleRow, typicalExampleKey } from './typical-example-sheet';

describe('typical example sheet', () => {
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
