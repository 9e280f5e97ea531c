import { parseNumberCell } from './sheet';

describe('sheet kit', () => {
  it('parseNumberCell reads numbers, a decimal point or a Vietnamese decimal comma; rejects words', () => {
    expect(parseNumberCell(95)).toBe(95);
    expect(parseNumberCell('12,5')).toBe(12.5);
    expect(parseNumberCell(' 12.5 ')).toBe(12.5);
    expect(parseNumberCell({ formula: 'A1*2', result: 4 })).toBe(4);
    expect(parseNumberCell('')).toBeNull();
    expect(parseNumberCell('khoảng 90')).toBeUndefined();
  });
});
