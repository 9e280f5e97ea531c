import type { AwardTypeView, ClusterMemberView, ProvinceView } from '@tdkt/shared/contracts';

/** Highest level first, as the Law on Emulation and Commendation lists them. */
export const AWARD_LEVELS = ['STATE', 'GOVERNMENT', 'PROVINCE', 'GRASSROOTS'] as const;

export interface AwardGroup {
  readonly level: string;
  readonly items: readonly AwardTypeView[];
}

/** The catalogue grouped by level, for a select with one group per level. */
export function groupByLevel(types: readonly AwardTypeView[]): AwardGroup[] {
  return AWARD_LEVELS.map((level) => ({ level, items: types.filter((t) => (t.level as string) === level) })).filter(
    (g) => g.items.length > 0,
  );
}

export interface ProvinceOption {
  readonly code: string;
  readonly name: string;
  /** Merged away on 1 July 2025: its records keep the old code. */
  readonly former: boolean;
}

/** One option per code: the current name when the code is still in force, else the last name it had. */
export function provinceOptions(provinces: readonly ProvinceView[]): ProvinceOption[] {
  const byCode = new Map<string, ProvinceView>();
  for (const p of provinces) {
    const kept = byCode.get(p.code);
    if (!kept || (kept.validTo !== null && (p.validTo === null || p.validTo > kept.validTo))) byCode.set(p.code, p);
  }
  return [...byCode.values()]
    .map((p) => ({ code: p.code, name: p.name, former: p.validTo !== null }))
    .sort((a, b) => Number(a.former) - Number(b.former) || a.name.localeCompare(b.name, 'vi'));
}

export function memberOptions(members: readonly ClusterMemberView[]): ProvinceOption[] {
  return members
    .map((m) => ({ code: m.provinceCode, name: m.provinceName, former: false }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
