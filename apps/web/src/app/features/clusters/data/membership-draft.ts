import type { ClusterMemberView, FieldError } from '@tdkt/shared/contracts';
import { MembershipRoleCode } from './cluster-members';

/** One row of a year's membership being edited. */
export interface DraftMember {
  readonly provinceCode: string;
  readonly provinceName: string;
  readonly role: MembershipRoleCode;
}

/** The body of `PUT /clusters/{code}/members/{year}`. */
export interface MemberBody {
  readonly provinceCode: string;
  readonly role: MembershipRoleCode;
}

export function draftOf(members: readonly ClusterMemberView[]): DraftMember[] {
  return members.map((m) => ({ provinceCode: m.provinceCode, provinceName: m.provinceName, role: m.role as MembershipRoleCode }));
}

/** A province joins as an ordinary member; adding one already listed changes nothing. */
export function addMember(draft: readonly DraftMember[], provinceCode: string, provinceName: string): DraftMember[] {
  return draft.some((m) => m.provinceCode === provinceCode) ? [...draft] : [...draft, { provinceCode, provinceName, role: 'MEMBER' }];
}

export function removeMember(draft: readonly DraftMember[], provinceCode: string): DraftMember[] {
  return draft.filter((m) => m.provinceCode !== provinceCode);
}

/** A cluster has one chair and one vice-chair a year: naming a new one makes the previous one a member. */
export function setRole(draft: readonly DraftMember[], provinceCode: string, role: MembershipRoleCode): DraftMember[] {
  return draft.map((m) => {
    if (m.provinceCode === provinceCode) return { ...m, role };
    if (role !== 'MEMBER' && m.role === role) return { ...m, role: 'MEMBER' };
    return m;
  });
}

export function bodyOf(draft: readonly DraftMember[]): MemberBody[] {
  return draft.map(({ provinceCode, role }) => ({ provinceCode, role }));
}

export function sameMembership(a: readonly DraftMember[], b: readonly DraftMember[]): boolean {
  const key = (d: readonly DraftMember[]) =>
    d
      .map((m) => `${m.provinceCode}:${m.role}`)
      .sort()
      .join();
  return key(a) === key(b);
}

/** The server names rows by their index ("3.provinceCode"): those go beside the row, the rest above the table. */
export function splitMemberErrors(
  errors: readonly FieldError[],
  draft: readonly DraftMember[],
): { rows: Map<string, string>; general: string[] } {
  const rows = new Map<string, string>();
  const general: string[] = [];
  for (const e of errors) {
    const index = /^(\d+)\./.exec(e.field)?.[1];
    const row = index === undefined ? undefined : draft[Number(index)];
    if (row) rows.set(row.provinceCode, e.message.replace(/^[\w.]+: /, ''));
    else general.push(e.message);
  }
  return { rows, general };
}
