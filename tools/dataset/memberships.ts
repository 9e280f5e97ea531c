import { ProvinceRef } from './commendation-factory';

export interface MembershipRef {
  clusterId: string;
  provinceId: string;
  role: string;
}

export interface MembershipRow extends MembershipRef {
  year: number;
}

const MERGER_DAY = '2025-07-01';

const validOn = (p: ProvinceRef, day: string) => (p.validFrom === null || p.validFrom <= day) && (p.validTo === null || p.validTo >= day);

/**
 * Cluster members for every year, from the 2024 membership of the reference data:
 * - up to 2025 the 2024 members (a province renamed since, like Thừa Thiên Huế → Huế on 2025-01-01,
 *   is represented by its successor); their records up to 2025-06-30 stay under these ids;
 * - from 2025-07-01 the 34 provinces: each joins the cluster of the 2024 member it continues (same name,
 *   else same code, else its first predecessor), so Hồ Chí Minh stays with the cities and the new
 *   Bắc Ninh with the Red River Delta. In 2025 these post-merger ids are members beside the pre-merger ones,
 *   so a 2025 cluster list covers both halves of the year; from 2026 they are the only members.
 *   A post-merger province continuing the 2024 chair (or vice-chair) takes that role from 2026.
 */
export function clusterMemberships(provinces: ProvinceRef[], members2024: MembershipRef[], years: number[]): MembershipRow[] {
  const byId = new Map(provinces.map((p) => [p.id, p]));
  const member = new Map(members2024.map((m) => [m.provinceId, m]));
  const rows: MembershipRow[] = [];

  const holderIn = (p: ProvinceRef, year: number): ProvinceRef | undefined => {
    let current: ProvinceRef | undefined = p;
    for (let guard = 0; current && guard < 5; guard++) {
      if (validOn(current, `${year}-01-01`) || validOn(current, `${year}-06-30`)) return current;
      current = current.successorId ? byId.get(current.successorId) : undefined;
    }
    return undefined;
  };

  // The post-merger provinces and the 2024 member each continues.
  const afterMerger = provinces.filter((p) => validOn(p, MERGER_DAY));
  const continued = new Map<string, MembershipRef>();
  for (const p of afterMerger) {
    if (member.has(p.id)) {
      continued.set(p.id, member.get(p.id) as MembershipRef);
      continue;
    }
    const predecessors = provinces.filter((q) => member.has(q.id) && (q.successorId === p.id || reaches(q, p.id, byId)));
    const chosen = predecessors.find((q) => q.name === p.name) ?? predecessors.find((q) => q.code === p.code) ?? predecessors[0];
    if (!chosen) throw new Error(`province ${p.code} ${p.name} continues no 2024 cluster member`);
    const role = predecessors.some((q) => member.get(q.id)?.role === 'CHAIR')
      ? 'CHAIR'
      : predecessors.some((q) => member.get(q.id)?.role === 'VICE_CHAIR')
        ? 'VICE_CHAIR'
        : 'MEMBER';
    continued.set(p.id, { clusterId: (member.get(chosen.id) as MembershipRef).clusterId, provinceId: p.id, role });
  }

  for (const year of years) {
    const seen = new Set<string>();
    if (year <= 2025) {
      for (const m of members2024) {
        const holder = holderIn(byId.get(m.provinceId) as ProvinceRef, year);
        if (!holder || seen.has(holder.id)) continue;
        seen.add(holder.id);
        rows.push({ clusterId: m.clusterId, provinceId: holder.id, role: m.role, year });
      }
    }
    if (year >= 2025) {
      for (const p of afterMerger) {
        if (seen.has(p.id)) continue;
        const c = continued.get(p.id) as MembershipRef;
        seen.add(p.id);
        // In 2025 the pre-merger chair keeps the role for the year.
        rows.push({ clusterId: c.clusterId, provinceId: p.id, role: year === 2025 ? 'MEMBER' : c.role, year });
      }
    }
  }
  return rows;
}

function reaches(from: ProvinceRef, targetId: string, byId: Map<string, ProvinceRef>): boolean {
  let current: ProvinceRef | undefined = from;
  for (let guard = 0; current && guard < 5; guard++) {
    if (current.id === targetId) return true;
    current = current.successorId ? byId.get(current.successorId) : undefined;
  }
  return false;
}
