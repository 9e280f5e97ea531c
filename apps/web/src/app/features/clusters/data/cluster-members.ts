import type { ClusterMemberView, MembershipRole } from '@tdkt/shared/contracts';

export type MembershipRoleCode = `${MembershipRole}`;

const ROLE_ORDER: readonly MembershipRoleCode[] = ['CHAIR', 'VICE_CHAIR', 'MEMBER'];

/** Chair, then vice-chair, then the members by name in Vietnamese alphabetical order. */
export function sortMembers(members: readonly ClusterMemberView[]): ClusterMemberView[] {
  const rank = (m: ClusterMemberView): number => ROLE_ORDER.indexOf(m.role as MembershipRoleCode);
  return [...members].sort((a, b) => rank(a) - rank(b) || a.provinceName.localeCompare(b.provinceName, 'vi'));
}

/** The years offered for membership, newest first. */
export function membershipYears(currentYear: number, count = 10): number[] {
  return Array.from({ length: count }, (_, i) => currentYear - i);
}

/** A year from the address bar, or null when absent or not a plausible year. */
export function parseYear(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}
