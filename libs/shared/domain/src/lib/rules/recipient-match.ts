import { MatchDecision } from '@tdkt/shared/contracts';
import { foldVietnamese } from '@tdkt/shared/util-text';

/** What identifies a recipient across years (awards.md): folded name, folded organisation, province family. */
export interface RecipientIdentity {
  recipientName: string;
  organization: string | null;
  provinceId: string;
  /** Optional (YYYY-MM-DD): two records that both carry one and differ are namesakes, not the same person. */
  dateOfBirth?: string | null;
}

/** An organisation renamed or merged into another; `provinceId` null applies in every province. */
export interface OrganizationRename {
  provinceId: string | null;
  oldName: string;
  newName: string;
  renamedOn: string;
}

/** Folded old name → folded newest name, per province family ('*' for every province). */
export type OrganizationRenameIndex = ReadonlyMap<string, string>;

const ANY_FAMILY = '*';

/** Folded, with hyphens and dashes written alike ("Lao động - Thương binh" / "Lao động – Thương binh"). */
const foldOrganization = (name: string | null) => foldVietnamese(name).replace(/\s*[-\u2013\u2014]\s*/g, ' - ');

/** Indexes renames by province family and folded old name; chains (A → B → C) resolve to the newest name. */
export function organizationRenameIndex(
  renames: readonly OrganizationRename[],
  families: ReadonlyMap<string, string>,
): OrganizationRenameIndex {
  const index = new Map<string, string>();
  const sorted = [...renames].sort((a, b) => a.renamedOn.localeCompare(b.renamedOn));
  for (const r of sorted) {
    const family = r.provinceId ? (families.get(r.provinceId) ?? r.provinceId) : ANY_FAMILY;
    const from = foldOrganization(r.oldName);
    const to = foldOrganization(r.newName);
    if (from !== to) index.set(`${family}|${from}`, to);
  }
  return index;
}

/** The organisation's newest name (folded) in the family, following renames at most 10 steps (cycles stop). */
export function canonicalOrganization(organization: string | null, family: string, renames: OrganizationRenameIndex): string {
  let current = foldOrganization(organization);
  const seen = new Set<string>();
  for (let step = 0; step < 10 && !seen.has(current); step++) {
    seen.add(current);
    const next = renames.get(`${family}|${current}`) ?? renames.get(`${ANY_FAMILY}|${current}`);
    if (!next) break;
    current = next;
  }
  return current;
}

export interface ProvinceLink {
  id: string;
  successorId: string | null;
}

/**
 * Groups provinces linked by the 2025 merger: each province maps to the last successor in its chain,
 * so a pre-merger province, its successor and the successor's other predecessors share one family.
 */
export function provinceFamilies(provinces: readonly ProvinceLink[]): Map<string, string> {
  const byId = new Map(provinces.map((p) => [p.id, p]));
  const root = (id: string): string => {
    const seen = new Set<string>();
    let current = id;
    for (let next = byId.get(current)?.successorId; next && !seen.has(next); next = byId.get(current)?.successorId) {
      seen.add(current);
      current = next;
    }
    return current;
  };
  return new Map(provinces.map((p) => [p.id, root(p.id)]));
}

/** The matching key; two records with the same key are the same recipient unless a reviewer rejects the match. */
export function recipientKey(
  r: RecipientIdentity,
  families: ReadonlyMap<string, string>,
  renames: OrganizationRenameIndex = new Map(),
): string {
  const family = families.get(r.provinceId) ?? r.provinceId;
  return [family, foldVietnamese(r.recipientName), canonicalOrganization(r.organization, family, renames)].join('|');
}

/** Both dates of birth known and different: namesakes. */
function bornApart(a: RecipientIdentity, b: RecipientIdentity): boolean {
  return !!a.dateOfBirth && !!b.dateOfBirth && a.dateOfBirth !== b.dateOfBirth;
}

/** The subject's history: same key (organisations under their newest name), different dates of birth aside, minus the matches a reviewer rejected, plus those confirmed by hand. */
export function matchHistory<T extends RecipientIdentity & { id: string }>(
  subject: T,
  candidates: readonly T[],
  families: ReadonlyMap<string, string>,
  decisions: ReadonlyMap<string, MatchDecision> = new Map(),
  renames: OrganizationRenameIndex = new Map(),
): T[] {
  const key = recipientKey(subject, families, renames);
  return candidates.filter((c) => {
    if (c.id === subject.id) return false;
    const decision = decisions.get(c.id);
    if (decision) return decision === MatchDecision.CONFIRMED;
    return recipientKey(c, families, renames) === key && !bornApart(subject, c);
  });
}
