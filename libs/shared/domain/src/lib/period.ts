import { Period } from '@tdkt/shared/contracts';

export interface DateRange {
  /** First day, YYYY-MM-DD, inclusive. */
  from: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  to: string;
}

/** The calendar range of a reporting period: H1 = 1 Jan–30 Jun, FY = the whole year. */
export function periodRange(year: number, period: Period): DateRange {
  return { from: `${year}-01-01`, to: period === Period.H1 ? `${year}-06-30` : `${year}-12-31` };
}

/** The period's range, ended early at a cut-off date that lies inside it (e.g. 15 Jun). */
export function reportRange(year: number, period: Period, cutoffDate?: string | null): DateRange {
  const range = periodRange(year, period);
  if (!cutoffDate) return range;
  if (cutoffDate < range.from || cutoffDate > range.to) {
    throw new RangeError(`cut-off ${cutoffDate} is outside ${range.from}..${range.to}`);
  }
  return { from: range.from, to: cutoffDate };
}

/** Whether a YYYY-MM-DD date falls in a range (both ends inclusive). */
export function inRange(date: string, range: DateRange): boolean {
  return date >= range.from && date <= range.to;
}

/** The periods a date belongs to: a 30 June decision is in H1 and FY, a 1 July one in FY only. */
export function periodsOf(date: string): Array<{ year: number; period: Period }> {
  const year = Number(date.slice(0, 4));
  const periods = [{ year, period: Period.FY }];
  if (inRange(date, periodRange(year, Period.H1))) periods.unshift({ year, period: Period.H1 });
  return periods;
}

/** Vietnamese wording of a period, as reports write it: "6 tháng đầu năm 2024", "năm 2024". */
export function periodLabelVi(year: number, period: Period): string {
  return period === Period.H1 ? `6 tháng đầu năm ${year}` : `năm ${year}`;
}
