import { AwardLevel, AwardTypeFigures, CommendationFigures, CommendationKind, RecipientClass, RecipientKind } from '@tdkt/shared/contracts';

/** One row of the grouped commendation query: how many awards share these attributes in one province. */
export interface CommendationGroup {
  provinceId: string;
  awardTypeCode: string;
  level: string;
  recipientKind: string;
  recipientClass: string | null;
  kind: string;
  count: number;
  women: number;
  ethnicMinority: number;
}

export interface AwardTypeInfo {
  code: string;
  name: string;
  level: string;
  category: string;
  sortOrder: number;
}

const zeros = (keys: readonly string[]): Record<string, number> => Object.fromEntries(keys.map((k) => [k, 0]));

/** Figures with every fixed breakdown present at zero, so provinces without records still show each column. */
export function emptyCommendationFigures(): CommendationFigures {
  return {
    total: 0,
    byLevel: zeros(Object.values(AwardLevel)),
    byAwardType: {},
    byRecipientKind: zeros(Object.values(RecipientKind)),
    byRecipientClass: zeros(Object.values(RecipientClass)),
    byKind: zeros(Object.values(CommendationKind)),
    directWorkers: 0,
    women: 0,
    ethnicMinority: 0,
  };
}

const bump = (map: Record<string, number>, key: string, n: number) => (map[key] = (map[key] ?? 0) + n);

/** Adds one group to a figures object (in place). */
export function addGroup(f: CommendationFigures, g: CommendationGroup): void {
  f.total += g.count;
  bump(f.byLevel, g.level, g.count);
  bump(f.byAwardType, g.awardTypeCode, g.count);
  bump(f.byRecipientKind, g.recipientKind, g.count);
  // Only individuals have a class (form 0602); collectives and households are not counted here.
  if (g.recipientClass) bump(f.byRecipientClass, g.recipientClass, g.count);
  bump(f.byKind, g.kind, g.count);
  if (g.recipientClass === RecipientClass.DIRECT_WORKER) f.directWorkers += g.count;
  f.women += g.women;
  f.ethnicMinority += g.ethnicMinority;
}

export interface FoldedCommendations {
  cluster: CommendationFigures;
  byProvince: Map<string, CommendationFigures>;
  awardTypes: AwardTypeFigures[];
}

/**
 * Folds the grouped query's rows into per-province and cluster figures. Every member province gets an entry,
 * zero when it has no record; groups of other provinces are ignored.
 */
export function foldCommendations(
  groups: readonly CommendationGroup[],
  memberIds: readonly string[],
  catalogue: readonly AwardTypeInfo[],
): FoldedCommendations {
  const byProvince = new Map(memberIds.map((id) => [id, emptyCommendationFigures()]));
  const cluster = emptyCommendationFigures();
  const perType = new Map<string, AwardTypeFigures>();
  for (const g of groups) {
    const province = byProvince.get(g.provinceId);
    if (!province) continue;
    addGroup(province, g);
    addGroup(cluster, g);
    const info = catalogue.find((a) => a.code === g.awardTypeCode);
    let t = perType.get(g.awardTypeCode);
    if (!t) {
      t = {
        code: g.awardTypeCode,
        name: info?.name ?? g.awardTypeCode,
        level: g.level,
        category: info?.category ?? '',
        total: 0,
        byRecipientKind: zeros(Object.values(RecipientKind)),
        byRecipientClass: zeros(Object.values(RecipientClass)),
        byKind: zeros(Object.values(CommendationKind)),
      };
      perType.set(g.awardTypeCode, t);
    }
    t.total += g.count;
    bump(t.byRecipientKind, g.recipientKind, g.count);
    if (g.recipientClass) bump(t.byRecipientClass, g.recipientClass, g.count);
    bump(t.byKind, g.kind, g.count);
  }
  const order = (code: string) => catalogue.find((a) => a.code === code)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  const awardTypes = [...perType.values()].sort((a, b) => order(a.code) - order(b.code) || a.code.localeCompare(b.code));
  return { cluster, byProvince, awardTypes };
}

/** Shares used in the narrative: part of the total, as a fraction; 0 when there is no award. */
export function share(part: number, total: number): number {
  return total === 0 ? 0 : part / total;
}
