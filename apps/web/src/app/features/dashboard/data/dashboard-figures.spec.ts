import type { PeriodStatusView, PledgeResultView, ReportStatistics } from '@tdkt/shared/contracts';
import { achievementRate, commendationCounts, isMet, levelBreakdown, pledgeAchievement, submissionRows } from './dashboard-figures';

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

  it("takes each province's count and last year's from the report figures, in the API's order", () => {
    const province = (provinceCode: string, provinceName: string, total: number, previous: number) => ({
      provinceCode,
      provinceName,
      commendations: { total },
      previous: { commendations: { total: previous } },
    });
    const statistics = {
      provinces: [province('08', 'Tuyên Quang', 12, 9), province('17', 'Hòa Bình', 0, 4)],
    } as unknown as ReportStatistics;
    expect(commendationCounts(statistics)).toEqual([
      { provinceCode: '08', provinceName: 'Tuyên Quang', total: 12, previous: 9 },
      { provinceCode: '17', provinceName: 'Hòa Bình', total: 0, previous: 4 },
    ]);
  });

  it('lists the award levels from the highest down with their share, zeros included, then any unknown level', () => {
    expect(levelBreakdown({ total: 40, byLevel: { GRASSROOTS: 30, PROVINCE: 8, STATE: 2, GOVERNMENT: 0 } })).toEqual([
      { level: 'STATE', total: 2, share: 0.05 },
      { level: 'GOVERNMENT', total: 0, share: 0 },
      { level: 'PROVINCE', total: 8, share: 0.2 },
      { level: 'GRASSROOTS', total: 30, share: 0.75 },
    ]);
    expect(levelBreakdown({ total: 0, byLevel: { OTHER: 0 } }).map((l) => [l.level, l.share])).toEqual([
      ['STATE', 0],
      ['GOVERNMENT', 0],
      ['PROVINCE', 0],
      ['GRASSROOTS', 0],
      ['OTHER', 0],
    ]);
  });
});
