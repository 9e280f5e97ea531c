import { Period } from '@tdkt/shared/contracts';
import { inRange, periodLabelVi, periodRange, periodsOf, reportRange } from './period';

describe('periodRange', () => {
  it('covers 1 Jan to 30 Jun for H1 and the whole year for FY', () => {
    expect(periodRange(2024, Period.H1)).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect(periodRange(2024, Period.FY)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });
});

describe('reportRange', () => {
  it('ends early at a cut-off inside the period', () => {
    expect(reportRange(2024, Period.H1, '2024-06-15')).toEqual({ from: '2024-01-01', to: '2024-06-15' });
  });
  it('uses the whole period without a cut-off', () => {
    expect(reportRange(2024, Period.H1, null)).toEqual(periodRange(2024, Period.H1));
  });
  it('refuses a cut-off outside the period', () => {
    expect(() => reportRange(2024, Period.H1, '2024-07-01')).toThrow(RangeError);
    expect(() => reportRange(2024, Period.FY, '2023-12-31')).toThrow(RangeError);
  });
});

describe('inRange and periodsOf', () => {
  it('puts 30 June in H1 and 1 July outside it', () => {
    const h1 = periodRange(2024, Period.H1);
    expect(inRange('2024-06-30', h1)).toBe(true);
    expect(inRange('2024-07-01', h1)).toBe(false);
    expect(periodsOf('2024-06-30')).toEqual([
      { year: 2024, period: Period.H1 },
      { year: 2024, period: Period.FY },
    ]);
    expect(periodsOf('2024-07-01')).toEqual([{ year: 2024, period: Period.FY }]);
  });
});

describe('periodLabelVi', () => {
  it('writes the period as a Vietnamese report does', () => {
    expect(periodLabelVi(2024, Period.H1)).toBe('6 tháng đầu năm 2024');
    expect(periodLabelVi(2024, Period.FY)).toBe('năm 2024');
  });
});
