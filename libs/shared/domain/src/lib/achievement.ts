import { TargetKind } from '@tdkt/shared/contracts';

/**
 * Achievement = actual / target, as a fraction (1 = 100%). Yes/no criteria score 1 when met.
 * Null when the rate cannot be computed (no target, or no actual yet).
 */
export function achievementRate(kind: TargetKind, target: number | null, actual: number | null): number | null {
  if (actual === null || target === null) return null;
  if (kind === TargetKind.YES_NO) return actual >= 1 ? 1 : 0;
  if (target === 0) return actual >= 0 ? 1 : 0;
  return actual / target;
}

/** Change between two counts: absolute, and relative to the earlier one (null when it was zero). */
export function change(current: number, previous: number): { delta: number; ratio: number | null } {
  return { delta: current - previous, ratio: previous === 0 ? null : (current - previous) / previous };
}
