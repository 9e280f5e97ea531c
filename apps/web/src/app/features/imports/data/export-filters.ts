/** Reporting period of the export: the whole year, or the first half (sơ kết 6 tháng). */
export type ExportPeriod = 'FY' | 'H1';

export const EXPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'REVOKED'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export interface ExportFilters {
  /** Null: every year (the period then does not apply). */
  readonly year: number | null;
  readonly period: ExportPeriod;
  /** Null: every status. */
  readonly status: ExportStatus | null;
}

/**
 * The list filters of `GET /commendations/export.xlsx`. A year alone counts records by decision year (or achievement
 * year when undecided); the first half adds the decision dates 01/01–30/06, as the list filter `from`/`to` does.
 */
export function exportQuery(filters: ExportFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.year !== null) {
    query['year'] = String(filters.year);
    if (filters.period === 'H1') {
      query['from'] = `${filters.year}-01-01`;
      query['to'] = `${filters.year}-06-30`;
    }
  }
  if (filters.status) query['status'] = filters.status;
  return query;
}

/** The years offered: this year back to 2015 (the first year of the cluster records). */
export function exportYears(currentYear: number, first = 2015): number[] {
  const years: number[] = [];
  for (let year = currentYear; year >= first; year--) years.push(year);
  return years;
}
