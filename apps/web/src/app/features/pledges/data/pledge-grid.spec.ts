import { achievementOf, formatDecimal, parseDecimal, valueValidator } from './pledge-grid';
import { FormControl } from '@angular/forms';

describe('pledge grid values', () => {
  it('reads numbers the way Vietnamese officers type them', () => {
    expect(parseDecimal('94,6')).toBe(94.6);
    expect(parseDecimal('94.6')).toBe(94.6);
    expect(parseDecimal('2.517')).toBe(2517);
    expect(parseDecimal('1.234.567,5')).toBe(1234567.5);
    expect(parseDecimal(' 829 ')).toBe(829);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('mười')).toBeNaN();
    expect(parseDecimal('1,2,3')).toBeNaN();
  });

  it('shows stored values with a decimal comma and no thousands dots', () => {
    expect(formatDecimal(94.6)).toBe('94,6');
    expect(formatDecimal(2517)).toBe('2517');
    expect(formatDecimal(null)).toBe('');
  });

  it('checks a cell by the criterion kind', () => {
    const check = (kind: 'NUMBER' | 'PERCENTAGE' | 'YES_NO', value: string) => valueValidator(kind)(new FormControl(value));
    expect(check('PERCENTAGE', '100')).toBeNull();
    expect(check('PERCENTAGE', '100,1')).toEqual({ percentage: true });
    expect(check('NUMBER', '-3')).toEqual({ negative: true });
    expect(check('NUMBER', '1,23456')).toEqual({ decimals: true });
    expect(check('NUMBER', 'abc')).toEqual({ number: true });
    expect(check('YES_NO', '1')).toBeNull();
  });

  it('marks a criterion met when the actual value reaches the target', () => {
    expect(achievementOf('NUMBER', 829, 1039)).toEqual({ met: true, rate: (1039 / 829) * 100 });
    expect(achievementOf('PERCENTAGE', 100, 94.6)).toEqual({ met: false, rate: 94.6 });
    expect(achievementOf('YES_NO', 1, 0)).toEqual({ met: false, rate: null });
    expect(achievementOf('NUMBER', null, 5)).toBeNull();
  });
});
