import { MatchDecision } from '@tdkt/shared/contracts';
import { foldVietnamese } from '@tdkt/shared/util-text';

/** What identifies a recipient across years (awards.md): folded name, folded organisation, province family. */
export interface RecipientIdentity {
  recipientName: string;
  organization: string | null;
  provinceId: string;
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
export function recipientKey(r: RecipientIdentity, families: ReadonlyMap<string, string>): string {
  return [families.get(r.provinceId) ?? r.provinceId, foldVietnamese(r.recipientName), foldVietnamese(r.organization)].join('|');
}

/** The subject's history: same key, minus the matches a reviewer rejected, plus those confirmed by hand. */
export function matchHistory<T extends RecipientIdentity & { id: string }>(
  subject: T,
  candidates: readonly T[],
  families: ReadonlyMap<string, string>,
  decisions: ReadonlyMap<string, MatchDecision> = new Map(),
): T[] {
  const key = recipientKey(subject, families);
  return candidates.filter((c) => {
    if (c.id === subject.id) return false;
    const decision = decisions.get(c.id);
    if (decision) return decision === MatchDecision.CONFIRMED;
    return recipientKey(c, families) === key;
  });
}
