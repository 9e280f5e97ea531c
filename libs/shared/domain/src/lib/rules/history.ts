import { CommendationKind, CommendationStatus } from '@tdkt/shared/contracts';
import { AwardFact } from './rule';

/** R-EXTRA-NOT-COUNTED starts here (Decree 152/2025 Art. 4.3). */
export const EXTRA_NOT_COUNTED_FROM = '2025-07-01';

const NOT_COUNTED_KINDS: readonly CommendationKind[] = [CommendationKind.EXTRAORDINARY, CommendationKind.THEMATIC];

/**
 * R-EXTRA-NOT-COUNTED (Decree 152/2025 Art. 4.3, from 2025-07-01): extraordinary and thematic awards do not
 * count toward a later chain. `asOf` is the date of the award being checked (its decision, or today).
 */
export function countsTowardChain(award: AwardFact, asOf: string): boolean {
  return !(asOf >= EXTRA_NOT_COUNTED_FROM && NOT_COUNTED_KINDS.includes(award.kind));
}

/** A decided, not revoked award of `code` with an achievement year. */
export function isHeld(award: AwardFact, code: string): boolean {
  return award.awardCode === code && award.status === CommendationStatus.APPROVED && award.achievementYear !== null;
}

export interface HeldAwards {
  /** Counted awards, oldest first. */
  counted: AwardFact[];
  /** Held but left out by R-EXTRA-NOT-COUNTED. */
  excluded: AwardFact[];
}

export function heldAwards(history: readonly AwardFact[], code: string, asOf: string): HeldAwards {
  const held = history.filter((a) => isHeld(a, code)).sort((a, b) => (a.achievementYear ?? 0) - (b.achievementYear ?? 0));
  return { counted: held.filter((a) => countsTowardChain(a, asOf)), excluded: held.filter((a) => !countsTowardChain(a, asOf)) };
}

/** Years from..to inclusive. */
export function yearRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** For each wanted year, the first counted award of that year. */
export function byYear(awards: readonly AwardFact[], years: readonly number[]): Map<number, AwardFact> {
  const map = new Map<number, AwardFact>();
  for (const a of awards)
    if (a.achievementYear !== null && years.includes(a.achievementYear) && !map.has(a.achievementYear)) map.set(a.achievementYear, a);
  return map;
}

/** "(không tính khen thưởng đột xuất năm 2023 …)" when R-EXTRA-NOT-COUNTED left awards out. */
export function excludedNote(excluded: readonly AwardFact[]): string {
  if (!excluded.length) return '';
  const years = [...new Set(excluded.map((a) => a.achievementYear))].join(', ');
  return ` Không tính khen thưởng đột xuất, theo chuyên đề (năm ${years}) theo Nghị định 152/2025/NĐ-CP Điều 4.3.`;
}
