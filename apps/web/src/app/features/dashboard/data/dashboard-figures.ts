import type {
  CommendationFigures,
  MembershipRole,
  Period,
  PeriodProvinceStatus,
  PeriodStatusView,
  PledgeResultView,
  ReportStatistics,
} from '@tdkt/shared/contracts';

export type PeriodCode = `${Period}`;

export const PERIODS: readonly PeriodCode[] = ['H1', 'FY'];

/** One member province across both periods of the year. */
export interface SubmissionRow {
  readonly provinceCode: string;
  readonly provinceName: string;
  readonly role: `${MembershipRole}`;
  readonly H1: PeriodProvinceStatus | null;
  readonly FY: PeriodProvinceStatus | null;
}

/** Both periods' statuses merged per province, in the API's order (chair, vice-chair, members). */
export function submissionRows(h1: PeriodStatusView, fy: PeriodStatusView): SubmissionRow[] {
  const fyBy = new Map(fy.provinces.map((p) => [p.provinceCode, p]));
  const rows: SubmissionRow[] = h1.provinces.map((p) => ({
    provinceCode: p.provinceCode,
    provinceName: p.provinceName,
    role: p.role as `${MembershipRole}`,
    H1: p,
    FY: fyBy.get(p.provinceCode) ?? null,
  }));
  for (const p of fy.provinces) {
    if (!rows.some((r) => r.provinceCode === p.provinceCode)) {
      rows.push({ provinceCode: p.provinceCode, provinceName: p.provinceName, role: p.role as `${MembershipRole}`, H1: null, FY: p });
    }
  }
  return rows;
}

export function submittedCount(view: PeriodStatusView): number {
  return view.provinces.filter((p) => p.submitted).length;
}

/** Approved commendations of one province in a period and in the same period of the year before. */
export interface CommendationCount {
  readonly provinceCode: string;
  readonly provinceName: string;
  readonly total: number;
  readonly previous: number;
}

/** Per-province counts of the report figures, in the API's order (member provinces by code). */
export function commendationCounts(statistics: ReportStatistics): CommendationCount[] {
  return statistics.provinces.map((p) => ({
    provinceCode: p.provinceCode,
    provinceName: p.provinceName,
    total: p.commendations.total,
    previous: p.previous.commendations.total,
  }));
}

/** Award levels from the highest down, as the report's tables list them. */
export const LEVELS = ['STATE', 'GOVERNMENT', 'PROVINCE', 'GRASSROOTS'] as const;

export interface LevelCount {
  readonly level: string;
  readonly total: number;
  /** Part of all awards of the period, 0 when there is none. */
  readonly share: number;
}

/** The cluster's awards by level: the known levels in order (zeros included), then any other level the API names. */
export function levelBreakdown(figures: Pick<CommendationFigures, 'total' | 'byLevel'>): LevelCount[] {
  const extra = Object.keys(figures.byLevel).filter((l) => !(LEVELS as readonly string[]).includes(l));
  return [...LEVELS, ...extra.sort()].map((level) => {
    const total = figures.byLevel[level] ?? 0;
    return { level, total, share: figures.total ? total / figures.total : 0 };
  });
}

/** Criteria met out of the criteria with both a target and a result recorded. */
export interface Achievement {
  readonly met: number;
  readonly measured: number;
}

export interface PledgeRow {
  readonly provinceCode: string;
  readonly provinceName: string;
  readonly H1: Achievement | null;
  readonly FY: Achievement | null;
}

/** A criterion is met when the result reaches the target (yes/no criteria: 1 ≥ 1). */
export function isMet(result: Pick<PledgeResultView, 'targetValue' | 'actualValue'>): boolean | null {
  if (result.targetValue === null || result.actualValue === null) return null;
  return result.actualValue >= result.targetValue;
}

/** Share of pledge criteria met per province and period, in the order of `provinces`. */
export function pledgeAchievement(
  results: readonly PledgeResultView[],
  provinces: readonly { provinceCode: string; provinceName: string }[],
): PledgeRow[] {
  const tally = (code: string, period: PeriodCode): Achievement | null => {
    const measured = results
      .filter((r) => r.provinceCode === code && r.period === period)
      .map(isMet)
      .filter((m): m is boolean => m !== null);
    return measured.length ? { met: measured.filter(Boolean).length, measured: measured.length } : null;
  };
  return provinces.map((p) => ({
    provinceCode: p.provinceCode,
    provinceName: p.provinceName,
    H1: tally(p.provinceCode, 'H1'),
    FY: tally(p.provinceCode, 'FY'),
  }));
}

export function achievementRate(a: Achievement): number {
  return a.measured ? a.met / a.measured : 0;
}
