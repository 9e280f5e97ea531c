import type { ReportSummaryView } from '@tdkt/shared/contracts';

/** What the chair sees of a report's state: a final report that a newer draft replaces is "superseded". */
export type ReportDisplayStatus = 'DRAFT' | 'FINAL' | 'SUPERSEDED';

/** The status of each report, knowing which reports replace which. */
export function displayStatus(
  report: Pick<ReportSummaryView, 'id' | 'status'>,
  all: readonly Pick<ReportSummaryView, 'supersedesId'>[],
): ReportDisplayStatus {
  if (report.status === 'DRAFT') return 'DRAFT';
  return all.some((r) => r.supersedesId === report.id) ? 'SUPERSEDED' : 'FINAL';
}

export interface ReportRow extends ReportSummaryView {
  readonly displayStatus: ReportDisplayStatus;
}

/** Newest year first; within a year the half-year report before the annual one, newest version first. */
export function reportRows(reports: readonly ReportSummaryView[]): ReportRow[] {
  const periodRank = (p: string) => (p === 'H1' ? 0 : 1);
  return [...reports]
    .sort((a, b) => b.year - a.year || periodRank(a.period) - periodRank(b.period) || b.updatedAt.localeCompare(a.updatedAt))
    .map((r) => ({ ...r, displayStatus: displayStatus(r, reports) }));
}

/** A year from the address bar, or null when absent or not a plausible year. */
export function parseYear(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** The years offered, newest first. */
export function recentYears(currentYear: number, count = 8): number[] {
  return Array.from({ length: count }, (_, i) => currentYear - i);
}

/** "bao-cao-TDMNPB-H1-2024.docx": used when the server names no file. */
export function defaultFileName(report: { clusterCode: string; period: string; year: number }, kind: string): string {
  return `bao-cao-${report.clusterCode}-${report.period}-${report.year}.${kind}`;
}

/**
 * The report most likely due on a day: the half-year review from July, the annual summary in December,
 * and last year's summary in the first half of the year.
 */
export function duePeriod(today: string): { year: number; period: 'H1' | 'FY' } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (month >= 7 && month <= 11) return { year, period: 'H1' };
  return month === 12 ? { year, period: 'FY' } : { year: year - 1, period: 'FY' };
}

/** Timestamps are shown in Vietnam's time zone, wherever the browser is: the records are Vietnamese. */
export const VIETNAM_TIME = '+0700';
