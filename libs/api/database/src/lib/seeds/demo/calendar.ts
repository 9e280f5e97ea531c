import { addDays } from '@tdkt/shared/util-text';
import { Random } from './random';

/** Day of the year, 1 for 1 January. */
export function dayOfYear(isoDate: string): number {
  const date = Date.parse(`${isoDate}T00:00:00Z`);
  const start = Date.parse(`${isoDate.slice(0, 4)}-01-01T00:00:00Z`);
  return Math.round((date - start) / 86_400_000) + 1;
}

/** A uniformly chosen date between two dates, both included. */
export function dateBetween(rng: Random, from: string, to: string): string {
  const days = dayOfYear(to) - dayOfYear(from) + 365 * (Number(to.slice(0, 4)) - Number(from.slice(0, 4)));
  return addDays(from, rng.int(0, Math.max(0, days)));
}

/** Offices sign on working days: a weekend date moves to the nearest weekday of the same year. */
export function workday(isoDate: string): string {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  if (weekday !== 0 && weekday !== 6) return isoDate;
  const near = addDays(isoDate, weekday === 6 ? -1 : 1);
  return near.slice(0, 4) === isoDate.slice(0, 4) ? near : addDays(isoDate, weekday === 6 ? 2 : -2);
}

/** A working day between two dates. */
export function workdayBetween(rng: Random, from: string, to: string): string {
  return workday(dateBetween(rng, from, to));
}

/** The later of two dates. */
export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
