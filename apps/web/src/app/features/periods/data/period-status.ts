import type { Period, PeriodProvinceStatus, PeriodStatusView } from '@tdkt/shared/contracts';

export type PeriodCode = `${Period}`;

/** The two periods of a year, in the order the cluster meets: semi-annual review, then year-end summary. */
export const PERIODS: readonly PeriodCode[] = ['H1', 'FY'];

/** What a province officer needs to know about their own submission. */
export type OwnState = 'locked' | 'submitted' | 'notSubmitted';

export function ownStatus(view: PeriodStatusView, provinceCode: string | undefined): PeriodProvinceStatus | null {
  return view.provinces.find((p) => p.provinceCode === provinceCode) ?? null;
}

export function ownState(view: PeriodStatusView, own: PeriodProvinceStatus | null): OwnState {
  if (view.locked) return 'locked';
  return own?.submitted ? 'submitted' : 'notSubmitted';
}

/** Provinces that have not submitted yet, for the chair to chase. */
export function missingProvinces(view: PeriodStatusView): string[] {
  return view.provinces.filter((p) => !p.submitted).map((p) => p.provinceName);
}

export function submittedCount(view: PeriodStatusView): number {
  return view.provinces.filter((p) => p.submitted).length;
}

/** The years offered, newest first, always including the chosen one. */
export function yearChoices(currentYear: number, chosen: number, count = 6): number[] {
  const years = Array.from({ length: count }, (_, i) => currentYear - i);
  return years.includes(chosen) ? years : [...years, chosen].sort((a, b) => b - a);
}

/** A year from the address bar, or null when absent or not plausible. */
export function parseYear(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}
