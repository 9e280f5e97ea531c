import type { PeriodStatusView, PledgeResultView } from '@tdkt/shared/contracts';
import { achievementRate, isMet, periodRange, pledgeAchievement, submissionRows, toCount } from './dashboard-figures';

const result = (provinceCode: string, period: 'H1' | 'FY', targetValue: number | null, actualValue: number | null): PledgeResultView =>
  ({ provinceCode, provinceName: provinceCode, criterionCode: 'TC', period, targetValue, actualValue, note: null }) as PledgeResultView;

describe('dashboard figures', () => {
  it('merges both periods per province, keeping the API order', () => {
    const view = (period: 'H1' | 'FY', provinces: PeriodStatusView['provinces']): PeriodStatusView =>
      ({
        clusterCode: 'TDMNPB',
        year: 2024,
        period,
        locked: false,
        lockReason: null,
        lockChangedAt: null,
        lockChangedBy: null,
        provinces,
      }) as PeriodStatusView;
    const p = (provinceCode: string, submitted: boolean) =>
      ({
        provinceCode,
        provinceName: `Tỉnh ${provinceCode}`,
        role: 'MEMBER',
        submitted,
        submittedAt: null,
        submittedBy: null,
        note: null,
      }) as PeriodStatusView['provinces'][number];
    const rows = submissionRows(view('H1', [p('08', true), p('17', false)]), view('FY', [p('17', true), p('08', false), p('25', true)]));
    expect(rows.map((r) => [r.provinceCode, r.H1?.submitted ?? null, r.FY?.submitted ?? null])).toEqual([
      ['08', true, false],
      ['17', false, true],
      ['25', null, true],
    ]);
  });

  it('counts a criterion as met when the result reaches the target, and ignores incomplete ones', () => {
    expect(isMet({ targetValue: 1, actualValue: 1 })).toBe(true);
    expect(isMet({ targetValue: 100, actualValue: 94.6 })).toBe(false);
    expect(isMet({ targetValue: 100, actualValue: null })).toBeNull();
    const rows = pledgeAchievement(
      [
        result('08', 'H1', 1, 1),
        result('08', 'H1', 100, 94.6),
        result('08', 'H1', 10, 12),
        result('08', 'H1', 5, null),
        result('08', 'FY', 1, 1),
      ],
      [
        { provinceCode: '08', provinceName: 'Tuyên Quang' },
        { provinceCode: '17', provinceName: 'Hòa Bình' },
      ],
    );
    expect(rows[0]).toEqual({ provinceCode: '08', provinceName: 'Tuyên Quang', H1: { met: 2, measured: 3 }, FY: { met: 1, measured: 1 } });
    expect(rows[1]).toEqual({ provinceCode: '17', provinceName: 'Hòa Bình', H1: null, FY: null });
    expect(achievementRate({ met: 2, measured: 3 })).toBeCloseTo(0.667, 3);
  });

  it('uses the report periods and marks a capped count', () => {
    expect(periodRange(2024, 'H1')).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect(periodRange(2024, 'FY')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(toCount('08', 'Tuyên Quang', { total: 10000, totalExact: false }).exact).toBe(false);
  });
});
