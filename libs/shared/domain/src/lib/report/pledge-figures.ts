import { ClusterPledgeFigures, PledgeCriterionFigures, ProvincePledgeFigures, TargetKind } from '@tdkt/shared/contracts';
import { achievementRate } from '../achievement';

export interface PledgeCriterionInfo {
  code: string;
  name: string;
  unit: string | null;
  targetKind: TargetKind;
  maxScore: number;
}

export interface PledgeResultRow {
  provinceId: string;
  criterionCode: string;
  targetValue: number | null;
  actualValue: number | null;
}

/** Mean of the rates that exist, each capped at 100% so one overshoot does not hide a shortfall elsewhere. */
export function averageRate(rates: ReadonlyArray<number | null>): number | null {
  const known = rates.filter((r): r is number => r !== null).map((r) => Math.min(r, 1));
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

/** Each member's target, result and rate per criterion, and the cluster's view of each criterion. */
export function foldPledge(
  pledge: { signedOn: string; place: string | null } | null,
  criteria: readonly PledgeCriterionInfo[],
  results: readonly PledgeResultRow[],
  memberIds: readonly string[],
): { cluster: ClusterPledgeFigures; byProvince: Map<string, ProvincePledgeFigures> } {
  const byProvince = new Map<string, ProvincePledgeFigures>();
  for (const id of memberIds) {
    const rows: PledgeCriterionFigures[] = criteria.map((c) => {
      const r = results.find((x) => x.provinceId === id && x.criterionCode === c.code);
      const targetValue = r?.targetValue ?? null;
      const actualValue = r?.actualValue ?? null;
      return { ...c, targetValue, actualValue, rate: achievementRate(c.targetKind, targetValue, actualValue) };
    });
    byProvince.set(id, { criteria: rows, averageRate: averageRate(rows.map((r) => r.rate)) });
  }
  const clusterCriteria = criteria.map((c, i) => {
    const rates = memberIds.map((id) => byProvince.get(id)?.criteria[i].rate ?? null);
    return {
      ...c,
      provincesReported: rates.filter((r) => r !== null).length,
      provincesAchieved: rates.filter((r) => r !== null && r >= 1).length,
      averageRate: averageRate(rates),
    };
  });
  return {
    cluster: {
      signedOn: pledge?.signedOn ?? null,
      place: pledge?.place ?? null,
      criteria: clusterCriteria,
      averageRate: averageRate(clusterCriteria.map((c) => c.averageRate)),
    },
    byProvince,
  };
}

export interface PledgeScore {
  /** Points earned: each criterion's maximum score times its rate, capped at the target. */
  points: number;
  /** The sum of the criteria's maximum scores. */
  max: number;
}

/**
 * The pledge as a scoring table scores it: a criterion met earns its maximum score, one partly met the same share
 * of it, one not reported nothing. Null without criteria or without any reported rate.
 */
export function pledgeScore(criteria: ReadonlyArray<{ maxScore: number; rate: number | null }>): PledgeScore | null {
  if (!criteria.length || criteria.every((c) => c.rate === null)) return null;
  const max = criteria.reduce((a, c) => a + c.maxScore, 0);
  const points = criteria.reduce((a, c) => a + (c.rate === null ? 0 : c.maxScore * Math.min(Math.max(c.rate, 0), 1)), 0);
  return { points: Math.round(points * 10) / 10, max };
}
