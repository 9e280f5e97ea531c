import { AwardCategory, AwardLevel, MembershipRole, ProvinceKind, RecipientKind } from '@tdkt/shared/contracts';
import { carryForward, isValidOn, MembershipRow } from '@tdkt/shared/domain';
import { addDays, foldVietnamese } from '@tdkt/shared/util-text';
import { DataSource, EntityManager } from 'typeorm';
import { AwardTypeEntity, ClusterEntity, ClusterMembershipEntity, OrganizationRenameEntity, ProvinceEntity } from '../entities';
import { readReferenceCsv } from './reference-files';

type ProvinceRow = { code: string; name: string; kind: string; valid_from: string; valid_to: string; successor_code: string; note: string };
type ClusterRow = { cluster_code: string; cluster_name: string; province_code: string; province_name: string; role_2024: string };
type AwardRow = {
  code: string;
  name: string;
  category: string;
  level: string;
  recipient_kinds: string;
  decided_by: string;
  legal_basis: string;
};

type RenameRow = { old_name: string; new_name: string; renamed_on: string; province_code: string; source: string };

const MEMBERSHIP_YEAR = 2024;
/** Years whose membership the reference data derives from 2024 by carrying it forward (marked `derived`). */
export const DERIVED_MEMBERSHIP_YEARS = [2025, 2026] as const;

export interface ReferenceSeedResult {
  awardTypes: number;
  clusters: number;
  organizationRenames: number;
  memberships: number;
  provinces: number;
}

/**
 * Loads provinces (63 + 34), clusters with their 2024 members and their derived 2025 and 2026 members, the award
 * catalogue and organisation renames. Safe to run on every start.
 */
export async function seedReferenceData(dataSource: DataSource): Promise<ReferenceSeedResult> {
  return dataSource.transaction(async (m) => {
    const provinces = await seedProvinces(m);
    const clusters = await seedClusters(m);
    const derived = await seedDerivedMemberships(m);
    return {
      provinces,
      clusters: clusters.clusters,
      memberships: clusters.memberships + derived,
      awardTypes: await seedAwardTypes(m),
      organizationRenames: await seedOrganizationRenames(m),
    };
  });
}

/**
 * Derives each cluster's 2025 and 2026 membership from the year before with `carryForward` (roles as the rotation
 * suggests). A cluster-year is derived only while it has no member and no admin has ever set it (an audited PUT or
 * carry-forward), so corrections, even an emptied year, are never overwritten.
 */
async function seedDerivedMemberships(m: EntityManager): Promise<number> {
  const provinces = await m.getRepository(ProvinceEntity).find();
  const clusters = await m.getRepository(ClusterEntity).find({ order: { code: 'ASC' } });
  const repo = m.getRepository(ClusterMembershipEntity);
  let written = 0;
  for (const year of DERIVED_MEMBERSHIP_YEARS) {
    const rows = await repo.find({ where: { year: year - 1 } });
    const codeOf = new Map(clusters.map((c) => [c.id, c.code]));
    const previous: MembershipRow[] = rows.map((r) => ({
      clusterCode: codeOf.get(r.clusterId) ?? '',
      provinceId: r.provinceId,
      role: r.role,
    }));
    const taken = new Set((await repo.find({ where: { year } })).map((r) => r.provinceId));
    for (const cluster of clusters) {
      if (await repo.existsBy({ clusterId: cluster.id, year })) continue;
      const [touched] = await m.query(`SELECT 1 FROM audit_entries WHERE entity = 'cluster_membership' AND entity_id = $1 LIMIT 1`, [
        `${cluster.id}/${year}`,
      ]);
      if (touched) continue;
      const plan = carryForward(provinces, previous, cluster.code, year);
      const members = plan.members.filter((x) => !taken.has(x.provinceId));
      if (!members.length) continue;
      await repo.insert(
        members.map((x) => ({
          clusterId: cluster.id,
          year,
          provinceId: x.provinceId,
          role:
            x.provinceId === plan.suggestedChairId
              ? MembershipRole.CHAIR
              : x.provinceId === plan.suggestedViceChairId
                ? MembershipRole.VICE_CHAIR
                : MembershipRole.MEMBER,
          derived: true,
        })),
      );
      members.forEach((x) => taken.add(x.provinceId));
      written += members.length;
    }
  }
  return written;
}

async function seedProvinces(m: EntityManager): Promise<number> {
  const rows = readReferenceCsv<ProvinceRow>('provinces.csv');
  const repo = m.getRepository(ProvinceEntity);
  const existing = await repo.find();
  const key = (code: string, validFrom: string | null) => `${code}|${validFrom ?? ''}`;
  const byKey = new Map(existing.map((p) => [key(p.code, p.validFrom), p]));
  let written = 0;
  for (const row of rows) {
    const validFrom = row.valid_from || null;
    const values = {
      code: row.code,
      name: row.name,
      nameFolded: foldVietnamese(row.name),
      kind: row.kind as ProvinceKind,
      validFrom,
      validTo: row.valid_to || null,
      successorCode: row.successor_code || null,
      note: row.note || null,
    };
    const current = byKey.get(key(row.code, validFrom));
    if (!current) {
      byKey.set(key(row.code, validFrom), await repo.save(repo.create(values)));
      written++;
    } else if (differs(current, values)) {
      await repo.update(current.id, values);
      written++;
    }
  }
  // A successor is the province holding the successor code on the day after this one ended.
  const all = await repo.find();
  for (const p of all) {
    if (!p.successorCode || !p.validTo) continue;
    const successor = all.find((s) => s.code === p.successorCode && isValidOn(s, addDays(p.validTo as string, 1)));
    if (successor && p.successorId !== successor.id) await repo.update(p.id, { successorId: successor.id });
  }
  return written;
}

async function seedClusters(m: EntityManager): Promise<{ clusters: number; memberships: number }> {
  const rows = readReferenceCsv<ClusterRow>('clusters-2024.csv');
  const clusters = m.getRepository(ClusterEntity);
  const memberships = m.getRepository(ClusterMembershipEntity);
  const provinces = await m.getRepository(ProvinceEntity).find();
  const onDate = `${MEMBERSHIP_YEAR}-06-30`;
  let clusterCount = 0;
  let membershipCount = 0;
  for (const row of rows) {
    let cluster = await clusters.findOneBy({ code: row.cluster_code });
    if (!cluster) {
      cluster = await clusters.save(clusters.create({ code: row.cluster_code, name: row.cluster_name, description: null }));
      clusterCount++;
    }
    const province = provinces.find((p) => p.code === row.province_code && isValidOn(p, onDate));
    if (!province) throw new Error(`clusters-2024.csv: province ${row.province_code} is not valid on ${onDate}`);
    const found = await memberships.findOneBy({ provinceId: province.id, year: MEMBERSHIP_YEAR });
    if (!found) {
      await memberships.save(
        memberships.create({
          clusterId: cluster.id,
          provinceId: province.id,
          year: MEMBERSHIP_YEAR,
          role: row.role_2024 as MembershipRole,
        }),
      );
      membershipCount++;
    }
  }
  return { clusters: clusterCount, memberships: membershipCount };
}

async function seedAwardTypes(m: EntityManager): Promise<number> {
  const rows = readReferenceCsv<AwardRow>('award-types.csv');
  const repo = m.getRepository(AwardTypeEntity);
  let written = 0;
  for (const [index, row] of rows.entries()) {
    const values = {
      code: row.code,
      name: row.name,
      category: row.category as AwardCategory,
      level: row.level as AwardLevel,
      recipientKinds: row.recipient_kinds.split(/\s+/) as RecipientKind[],
      decidedBy: row.decided_by,
      legalBasis: row.legal_basis || null,
      sortOrder: index + 1,
    };
    const current = await repo.findOneBy({ code: row.code });
    if (!current) {
      await repo.save(repo.create(values));
      written++;
    } else if (differs(current, values)) {
      await repo.update(current.id, values);
      written++;
    }
  }
  return written;
}

/** Organisation renames and mergers that recipient matching follows; a province code limits one to that province. */
async function seedOrganizationRenames(m: EntityManager): Promise<number> {
  const rows = readReferenceCsv<RenameRow>('organization-renames.csv');
  const repo = m.getRepository(OrganizationRenameEntity);
  const provinces = await m.getRepository(ProvinceEntity).find();
  const existing = await repo.find();
  let written = 0;
  for (const row of rows) {
    const province = row.province_code ? provinces.find((p) => p.code === row.province_code && isValidOn(p, row.renamed_on)) : null;
    if (row.province_code && !province)
      throw new Error(`organization-renames.csv: province ${row.province_code} is not valid on ${row.renamed_on}`);
    const values = {
      provinceId: province?.id ?? null,
      oldName: row.old_name,
      oldNameFolded: foldVietnamese(row.old_name),
      newName: row.new_name,
      newNameFolded: foldVietnamese(row.new_name),
      renamedOn: row.renamed_on,
      source: row.source || null,
    };
    const current = existing.find(
      (e) => e.oldNameFolded === values.oldNameFolded && e.newNameFolded === values.newNameFolded && e.provinceId === values.provinceId,
    );
    if (!current) {
      await repo.save(repo.create(values));
      written++;
    } else if (differs(current, values)) {
      await repo.update(current.id, values);
      written++;
    }
  }
  return written;
}

/** Whether any of the given fields differs from the stored record (arrays compared by content). */
function differs<T extends object>(current: T, values: Partial<T>): boolean {
  return Object.entries(values).some(([k, v]) => JSON.stringify(current[k as keyof T]) !== JSON.stringify(v));
}
