import { isValidOn } from '@tdkt/shared/domain';
import { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { AwardTypeEntity, ClusterEntity, ProvinceEntity } from '../../entities';
import { PROFILES, ProvinceProfile } from './provinces';
import { Unit, UnitKind, buildUnits } from './units';

export const CLUSTER_CODE = 'TDMNPB';
export const YEARS = [2023, 2024] as const;
/** Codes are reused after the 2025 merger (15 is Yên Bái until then), so provinces are resolved on a date inside the demo years. */
export const PROVINCE_DATE = '2024-06-30';

export type MovementKey = 'CLUSTER_2024' | 'DOANH_NGHIEP' | 'HOC_TAP' | 'NGUOI_NGHEO' | 'NHA_TAM' | 'NONG_THON_MOI' | 'VAN_HOA_CONG_SO';

export interface DemoProvince {
  code: string;
  id: string;
  name: string;
  profile: ProvinceProfile;
  units: Unit[];
}

export interface DemoMovement {
  endsOn: string | null;
  id: string;
  key: MovementKey;
  name: string;
  startsOn: string;
}

export interface DemoContext {
  awardTypes: ReadonlyMap<string, AwardTypeEntity>;
  cluster: ClusterEntity;
  m: EntityManager;
  /** Filled once the movements are written; commendations and typical examples link to them. */
  movements: DemoMovement[];
  provinces: DemoProvince[];
}

/** Finds what the reference seed wrote: the cluster, its 14 provinces as of mid-2024, and the award catalogue. */
export async function loadContext(m: EntityManager): Promise<DemoContext> {
  const cluster = await m.getRepository(ClusterEntity).findOneBy({ code: CLUSTER_CODE });
  if (!cluster) throw new Error(`demo data: cluster ${CLUSTER_CODE} is missing; run the reference seed first`);
  const all = await m.getRepository(ProvinceEntity).find();
  const provinces = PROFILES.map((profile) => {
    const row = all.find((p) => p.code === profile.code && isValidOn(p, PROVINCE_DATE));
    if (!row || row.name !== profile.name)
      throw new Error(`demo data: province ${profile.code} ${profile.name} is not valid on ${PROVINCE_DATE}`);
    return { code: row.code, id: row.id, name: row.name, profile, units: buildUnits(profile) };
  });
  const awardTypes = new Map((await m.getRepository(AwardTypeEntity).find()).map((a) => [a.code, a]));
  return { m, cluster, provinces, awardTypes, movements: [] };
}

export function provinceByCode(ctx: DemoContext, code: string): DemoProvince {
  const p = ctx.provinces.find((x) => x.code === code);
  if (!p) throw new Error(`demo data: no province ${code} in ${CLUSTER_CODE}`);
  return p;
}

export function movementByKey(ctx: DemoContext, key: MovementKey): DemoMovement {
  const mv = ctx.movements.find((x) => x.key === key);
  if (!mv) throw new Error(`demo data: movement ${key} not written yet`);
  return mv;
}

/** Movements aimed at one audience: civil servants' office culture, and enterprises; the others are for everyone. */
const AUDIENCE: Partial<Record<MovementKey, readonly UnitKind[]>> = {
  VAN_HOA_CONG_SO: ['DEPARTMENT', 'DISTRICT', 'COMMUNE', 'HEALTH', 'SCHOOL', 'POLICE'],
  DOANH_NGHIEP: ['COOP', 'ENTERPRISE'],
};

export function suits(key: MovementKey, unit: UnitKind): boolean {
  const audience = AUDIENCE[key];
  return !audience || audience.includes(unit);
}

/** Movements running on a date (national ones, and the cluster's own) that suit a recipient's unit. */
export function movementsOn(ctx: DemoContext, date: string, unit: UnitKind): DemoMovement[] {
  return ctx.movements.filter((mv) => mv.startsOn <= date && (mv.endsOn === null || mv.endsOn >= date) && suits(mv.key, unit));
}

/** Multi-row inserts in chunks: PGlite (WASM) is slow per statement, fast per row. Answers the new ids in order. */
export async function insertAll<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  rows: ReadonlyArray<QueryDeepPartialEntity<T>>,
  chunk = 200,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    const result = await m.getRepository(entity).insert(rows.slice(i, i + chunk));
    ids.push(...result.identifiers.map((x) => String(x['id'])));
  }
  return ids;
}
