import type { CommendationFigures, ReportStatistics } from '@tdkt/shared/contracts';

/** Award levels from the highest, as the report's table 1 orders its columns. */
export const LEVELS = ['STATE', 'GOVERNMENT', 'PROVINCE', 'GRASSROOTS'] as const;
export const RECIPIENT_KINDS = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'] as const;
export const RECIPIENT_CLASSES = ['LEADER', 'MANAGER', 'ENTREPRENEUR', 'DIRECT_WORKER', 'OTHER'] as const;
export const COMMENDATION_KINDS = ['REGULAR', 'THEMATIC', 'EXTRAORDINARY', 'CONTRIBUTION', 'SENIORITY', 'FOREIGN', 'RESISTANCE'] as const;

/** One line of the commendations-by-province table: a member province, or the whole cluster. */
export interface CommendationRow {
  readonly name: string;
  readonly isTotal: boolean;
  readonly total: number;
  readonly levels: readonly number[];
  readonly collective: number;
  readonly individual: number;
  readonly directWorkers: number;
  readonly women: number;
  readonly ethnicMinority: number;
  readonly previous: number;
  readonly delta: number;
}

function row(name: string, c: CommendationFigures, previous: number, isTotal: boolean): CommendationRow {
  return {
    name,
    isTotal,
    total: c.total,
    levels: LEVELS.map((l) => c.byLevel[l] ?? 0),
    collective: c.byRecipientKind['COLLECTIVE'] ?? 0,
    individual: c.byRecipientKind['INDIVIDUAL'] ?? 0,
    directWorkers: c.directWorkers,
    women: c.women,
    ethnicMinority: c.ethnicMinority,
    previous,
    delta: c.total - previous,
  };
}

/** Each member province in the report's order, then the cluster total. */
export function commendationRows(s: ReportStatistics): CommendationRow[] {
  return [
    ...s.provinces.map((p) => row(p.provinceName, p.commendations, p.previous.commendations.total, false)),
    row('', s.cluster.commendations, s.cluster.previous.commendations.total, true),
  ];
}

/** A breakdown (by kind, by recipient class…) as rows with their share of the total, zero rows left out. */
export interface BreakdownRow {
  readonly code: string;
  readonly count: number;
  /** Fraction of the total, 0 when there is no award. */
  readonly share: number;
}

export function breakdownRows(map: Readonly<Record<string, number>>, order: readonly string[], total: number): BreakdownRow[] {
  const codes = [...order, ...Object.keys(map).filter((k) => !order.includes(k))];
  return codes
    .map((code) => ({ code, count: map[code] ?? 0 }))
    .filter((r) => r.count > 0)
    .map((r) => ({ ...r, share: total ? r.count / total : 0 }));
}

/** One province's pledge line: how many criteria it reached, and its mean rate. */
export interface PledgeProvinceRow {
  readonly name: string;
  readonly achieved: number;
  readonly reported: number;
  readonly criteria: number;
  readonly averageRate: number | null;
}

export function pledgeProvinceRows(s: ReportStatistics): PledgeProvinceRow[] {
  return s.provinces.map((p) => ({
    name: p.provinceName,
    achieved: p.pledge.criteria.filter((c) => c.rate !== null && c.rate >= 1).length,
    reported: p.pledge.criteria.filter((c) => c.rate !== null).length,
    criteria: p.pledge.criteria.length,
    averageRate: p.pledge.averageRate,
  }));
}

/** Name of a member province from its code (typical examples carry only the code). */
export function provinceName(s: ReportStatistics, code: string): string {
  return s.provinces.find((p) => p.provinceCode === code)?.provinceName ?? code;
}

/** The chair province of the report's year, which issues and signs the report. */
export function chairProvinceName(s: ReportStatistics): string | null {
  return s.provinces.find((p) => p.role === 'CHAIR')?.provinceName ?? null;
}
