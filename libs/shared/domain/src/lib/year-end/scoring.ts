import { ScoreItemKind, ScoreMethod, ScoringStatus } from '@tdkt/shared/contracts';

/** One item of a score sheet: a criterion, a bonus or a deduction. */
export interface SheetItem {
  code: string;
  kind: ScoreItemKind;
  maxPoints: number;
  method: ScoreMethod;
}

/** What people entered for one item of one province. */
export interface ScoreEntry {
  selfScore: number | null;
  agreedScore: number | null;
}

export interface ItemResult {
  code: string;
  kind: ScoreItemKind;
  /** The self score as counted (computed for PLEDGE_RATE), capped; not signed. */
  self: number;
  /** The score as counted: computed, else agreed, else self; capped; not signed. */
  counted: number;
}

export interface ScoreTotals {
  items: ItemResult[];
  /** Σ self criteria + Σ self bonuses − Σ self deductions. */
  selfTotal: number;
  /** Σ counted criteria + Σ counted bonuses − Σ counted deductions. */
  total: number;
}

/** Points carry two decimals; the arithmetic runs on whole hundredths so sums do not drift. */
export const toHundredths = (points: number): number => Math.round(points * 100);
const fromHundredths = (h: number): number => h / 100;

/** A score kept between 0 and the item's maximum. */
export function capScore(value: number, maxPoints: number): number {
  return fromHundredths(Math.min(toHundredths(maxPoints), Math.max(0, toHundredths(value))));
}

/** PLEDGE_RATE: maxPoints × min(1, achievement rate), two decimals; null while the rate is unknown. A negative rate scores 0. */
export function pledgeRateScore(maxPoints: number, rate: number | null): number | null {
  if (rate === null || !Number.isFinite(rate)) return null;
  return fromHundredths(Math.round(toHundredths(maxPoints) * Math.min(1, Math.max(0, rate))));
}

/**
 * Totals of one province: each item capped at its maximum, computed items (PLEDGE_RATE) count their computed
 * score on both sides (a missing rate counts 0), the others count the agreed score, or the self score where none
 * is agreed yet; bonuses add and deductions subtract.
 */
export function scoreTotals(
  items: readonly SheetItem[],
  entries: ReadonlyMap<string, ScoreEntry>,
  computed: ReadonlyMap<string, number | null>,
): ScoreTotals {
  let self = 0;
  let total = 0;
  const results: ItemResult[] = items.map((item) => {
    const entry = entries.get(item.code);
    let selfScore: number;
    let counted: number;
    if (item.method === ScoreMethod.PLEDGE_RATE && item.kind === ScoreItemKind.CRITERION) {
      selfScore = counted = capScore(computed.get(item.code) ?? 0, item.maxPoints);
    } else {
      selfScore = capScore(entry?.selfScore ?? 0, item.maxPoints);
      counted = capScore(entry?.agreedScore ?? entry?.selfScore ?? 0, item.maxPoints);
    }
    const sign = item.kind === ScoreItemKind.DEDUCTION ? -1 : 1;
    self += sign * toHundredths(selfScore);
    total += sign * toHundredths(counted);
    return { code: item.code, kind: item.kind, self: selfScore, counted };
  });
  return { items: results, selfTotal: fromHundredths(self), total: fromHundredths(total) };
}

/** Highest total a member can reach: every criterion and bonus at its maximum, no deduction. */
export function maxTotal(items: readonly SheetItem[]): number {
  return fromHundredths(items.filter((i) => i.kind !== ScoreItemKind.DEDUCTION).reduce((sum, i) => sum + toHundredths(i.maxPoints), 0));
}

/**
 * Where a province stands: NOT_SCORED before it enters any self score of a typed item; AGREED once the chair has
 * agreed every typed item; SELF_SCORED in between. A sheet without typed items counts as AGREED.
 */
export function scoringStatus(items: readonly SheetItem[], entries: ReadonlyMap<string, ScoreEntry>): ScoringStatus {
  const typed = items.filter((i) => !(i.method === ScoreMethod.PLEDGE_RATE && i.kind === ScoreItemKind.CRITERION));
  if (typed.length === 0) return ScoringStatus.AGREED;
  // Bonus and deduction items apply to some provinces only, so the criteria decide the status.
  const criteria = typed.filter((i) => i.kind === ScoreItemKind.CRITERION);
  const decisive = criteria.length ? criteria : typed;
  if (decisive.every((i) => (entries.get(i.code)?.agreedScore ?? null) !== null)) return ScoringStatus.AGREED;
  if (typed.some((i) => (entries.get(i.code)?.selfScore ?? null) !== null)) return ScoringStatus.SELF_SCORED;
  return ScoringStatus.NOT_SCORED;
}

/**
 * Standard competition ranking ("1224"): ordered by total, highest first; equal totals (to the hundredth) share a
 * rank and the next rank skips. Rows of equal total keep the order of `key` so the answer is stable.
 */
export function rankByTotal<T extends { key: string; total: number }>(rows: readonly T[]): Array<T & { rank: number }> {
  const sorted = [...rows].sort((a, b) => toHundredths(b.total) - toHundredths(a.total) || a.key.localeCompare(b.key));
  let rank = 0;
  return sorted.map((row, i) => {
    if (i === 0 || toHundredths(row.total) !== toHundredths(sorted[i - 1].total)) rank = i + 1;
    return { ...row, rank };
  });
}
