import { MembershipRole } from '@tdkt/shared/contracts';
import { isValidOn, ProvinceValidity } from './province-validity';

/** A province record as succession needs it: who it is, when it was in force and the code it merged into. */
export interface SuccessionProvince extends ProvinceValidity {
  id: string;
  name: string;
  successorCode: string | null;
}

/** One row of a year's membership, of any cluster. */
export interface MembershipRow {
  clusterCode: string;
  provinceId: string;
  role: MembershipRole;
}

/** A member of the new year, with the previous year's members of this cluster that collapsed into it. */
export interface DerivedMember {
  provinceId: string;
  provinceCode: string;
  provinceName: string;
  /** The previous year's members of this cluster that became this province (itself when nothing changed). */
  predecessorIds: string[];
  /** The predecessor whose code the province carries: the one that kept its seat. */
  seatKeeperId: string;
}

/** A previous member of this cluster whose successor sits in another cluster from the new year. */
export interface DepartingMember {
  provinceId: string;
  successorId: string;
  clusterCode: string;
}

export interface CarryForwardPlan {
  clusterCode: string;
  year: number;
  /** In code order, which is also the rotation order. */
  members: DerivedMember[];
  /** Previous members that merged into a province now counted in another cluster. */
  departing: DepartingMember[];
  /** Previous members with no province in force on 1 January of the new year (reference data incomplete). */
  unresolvedIds: string[];
  suggestedChairId: string | null;
  suggestedViceChairId: string | null;
}

/** The first day a year's membership is taken on: the provinces in force on 1 January. */
export function membershipDate(year: number): string {
  return `${year}-01-01`;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The province a record had become on a date: itself while in force, else its successor (the record holding
 * `successorCode` on the day after it ended), followed as far as needed. Undefined when the chain breaks.
 */
export function provinceOnDate<P extends SuccessionProvince>(provinces: readonly P[], province: P, date: string): P | undefined {
  let current: P | undefined = province;
  for (let hops = 0; current && hops <= provinces.length; hops++) {
    if (isValidOn(current, date)) return current;
    // Not yet in force, or ended without a successor: nothing it became on that date.
    if (!current.validTo || current.validTo >= date || !current.successorCode) return undefined;
    const from: string = nextDay(current.validTo);
    const code: string = current.successorCode;
    current = provinces.find((p) => p.code === code && isValidOn(p, from));
  }
  return undefined;
}

/**
 * Every record whose succession leads to the given province, itself included: the provinces whose records it now
 * holds. Comparisons with an earlier year add up these records.
 */
export function predecessorIds<P extends SuccessionProvince>(provinces: readonly P[], provinceId: string): string[] {
  const target = provinces.find((p) => p.id === provinceId);
  if (!target) return [];
  const ids = [target.id];
  for (const p of provinces) {
    if (p.id === target.id || !p.validTo) continue;
    const on = target.validFrom && target.validFrom > p.validTo ? target.validFrom : null;
    if (on && provinceOnDate(provinces, p, on)?.id === target.id) ids.push(p.id);
  }
  return ids;
}

/**
 * Adds up a figure per province over each member's predecessors: a successor formed on 1 July 2025 is compared
 * with the sum of the provinces that merged into it. `values` are keyed by province id; missing ones count 0.
 */
export function sumOverPredecessors<P extends SuccessionProvince>(
  provinces: readonly P[],
  memberIds: readonly string[],
  values: ReadonlyMap<string, number>,
): Map<string, number> {
  return new Map(memberIds.map((id) => [id, predecessorIds(provinces, id).reduce((a, p) => a + (values.get(p) ?? 0), 0)]));
}

/**
 * Where a province of the new year sits: the cluster of the predecessor whose code it carries (the one that kept
 * its seat); when that one was in no cluster, the cluster of the predecessor with the smallest code.
 */
function clusterOfSuccessor<P extends SuccessionProvince>(successor: P, predecessors: ReadonlyArray<{ row: MembershipRow; province: P }>) {
  const keeper = predecessors.find((x) => x.province.code === successor.code);
  if (keeper) return { clusterCode: keeper.row.clusterCode, seatKeeperId: keeper.province.id };
  const first = [...predecessors].sort((a, b) => a.province.code.localeCompare(b.province.code))[0];
  return { clusterCode: first.row.clusterCode, seatKeeperId: first.province.id };
}

/**
 * Carries a cluster's membership into `year` from the previous year's membership of every cluster: each province
 * becomes the province in force on 1 January of `year`; merged ones collapse into one member, kept only by the
 * cluster of the province that kept its seat. Roles are chosen anew: see `suggestRotation`.
 */
export function carryForward<P extends SuccessionProvince>(
  provinces: readonly P[],
  previous: readonly MembershipRow[],
  clusterCode: string,
  year: number,
): CarryForwardPlan {
  const date = membershipDate(year);
  const byId = new Map(provinces.map((p) => [p.id, p]));
  const groups = new Map<string, { successor: P; predecessors: Array<{ row: MembershipRow; province: P }> }>();
  const unresolvedIds: string[] = [];
  for (const row of previous) {
    const province = byId.get(row.provinceId);
    const successor = province && provinceOnDate(provinces, province, date);
    if (!province || !successor) {
      if (row.clusterCode === clusterCode) unresolvedIds.push(row.provinceId);
      continue;
    }
    const group = groups.get(successor.id) ?? { successor, predecessors: [] };
    group.predecessors.push({ row, province });
    groups.set(successor.id, group);
  }
  const members: DerivedMember[] = [];
  const departing: DepartingMember[] = [];
  for (const { successor, predecessors } of groups.values()) {
    const own = predecessors.filter((x) => x.row.clusterCode === clusterCode);
    if (!own.length) continue;
    const target = clusterOfSuccessor(successor, predecessors);
    if (target.clusterCode !== clusterCode) {
      for (const x of own) departing.push({ provinceId: x.province.id, successorId: successor.id, clusterCode: target.clusterCode });
      continue;
    }
    members.push({
      provinceId: successor.id,
      provinceCode: successor.code,
      provinceName: successor.name,
      predecessorIds: own.map((x) => x.province.id).sort((a, b) => (byId.get(a)?.code ?? '').localeCompare(byId.get(b)?.code ?? '')),
      seatKeeperId: target.seatKeeperId,
    });
  }
  members.sort((a, b) => a.provinceCode.localeCompare(b.provinceCode));
  const own = previous.filter((r) => r.clusterCode === clusterCode);
  const successorOf = (role: MembershipRole) => {
    const row = own.find((r) => r.role === role);
    const province = row && byId.get(row.provinceId);
    return province ? (provinceOnDate(provinces, province, date) ?? province) : undefined;
  };
  const rotation = suggestRotation(
    members.map((m) => ({ id: m.provinceId, code: m.provinceCode })),
    successorOf(MembershipRole.CHAIR),
    successorOf(MembershipRole.VICE_CHAIR),
  );
  return { clusterCode, year, members, departing, unresolvedIds, ...rotation };
}

/**
 * The rotation (the chair changes every year): the outgoing vice-chair takes the chair; without one, the member
 * after the outgoing chair in province-code order (cyclic). The vice-chair is the member after the new chair in
 * that order, never the outgoing chair while another member is left. `previousChair`/`previousViceChair` are
 * the provinces the previous year's holders became. No previous chair → no suggestion: nothing to rotate from.
 */
export function suggestRotation(
  members: ReadonlyArray<{ id: string; code: string }>,
  previousChair: { id: string; code: string } | undefined,
  previousViceChair: { id: string; code: string } | undefined,
): { suggestedChairId: string | null; suggestedViceChairId: string | null } {
  const order = [...members].sort((a, b) => a.code.localeCompare(b.code));
  if (!previousChair || order.length === 0) return { suggestedChairId: null, suggestedViceChairId: null };
  const after = (code: string, skip: ReadonlySet<string>) => {
    const candidates = order.filter((m) => !skip.has(m.id));
    return candidates.find((m) => m.code > code) ?? candidates[0];
  };
  const vice = previousViceChair && order.find((m) => m.id === previousViceChair.id && m.id !== previousChair.id);
  const chair = vice ?? after(previousChair.code, new Set([previousChair.id])) ?? order[0];
  const skip = new Set([chair.id]);
  if (order.length > 2) skip.add(previousChair.id);
  const viceChair = after(chair.code, skip);
  return { suggestedChairId: chair.id, suggestedViceChairId: viceChair?.id ?? null };
}
