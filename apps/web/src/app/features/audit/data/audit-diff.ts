/** One field of an audit entry as the reader sees it: a dotted path into the record and its two values. */
export interface DiffRow {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

export type DiffKind = 'created' | 'deleted' | 'changed' | 'none';

export interface AuditDiff {
  readonly kind: DiffKind;
  readonly rows: readonly DiffRow[];
}

/** Bookkeeping columns that change on every save and say nothing to the reader. */
const NOISE = new Set(['updatedAt', 'version']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What names an element of a list of records in a path: its own key or code if it has one, else its position. */
const IDENTITY_FIELDS = ['key', 'code', 'criterionCode', 'provinceCode', 'provinceId', 'id'] as const;

function segmentOf(item: unknown, index: number): string {
  if (isRecord(item)) {
    for (const field of IDENTITY_FIELDS) {
      const value = item[field];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
  }
  return String(index + 1);
}

/**
 * Nested objects become dotted paths ("address.city"), and so do lists of records, each element named by its key
 * ("sections.results.pledge.text"), so a change inside one element shows alone. Lists of plain values are leaves.
 */
export function flattenRecord(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const join = (segment: string) => (prefix ? `${prefix}.${segment}` : segment);
  if (Array.isArray(value) && value.some(isRecord)) {
    value.forEach((item, i) => flattenRecord(item, join(segmentOf(item, i))).forEach((v, k) => out.set(k, v)));
    return out;
  }
  if (!isRecord(value)) {
    if (value !== null && value !== undefined) out.set(prefix || 'value', value);
    return out;
  }
  for (const [key, child] of Object.entries(value)) {
    const path = join(key);
    if ((isRecord(child) && Object.keys(child).length) || (Array.isArray(child) && child.some(isRecord))) {
      flattenRecord(child, path).forEach((v, k) => out.set(k, v));
    } else out.set(path, child);
  }
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What an audit entry changed: a new record (no before) or a removed one (no after) in full,
 * otherwise only the fields whose value differs, in the order the record lists them.
 */
export function auditDiff(before: unknown, after: unknown): AuditDiff {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if (!hasBefore && !hasAfter) return { kind: 'none', rows: [] };
  if (!hasBefore)
    return { kind: 'created', rows: [...flattenRecord(after)].map(([path, value]) => ({ path, before: null, after: value })) };
  if (!hasAfter)
    return { kind: 'deleted', rows: [...flattenRecord(before)].map(([path, value]) => ({ path, before: value, after: null })) };
  const old = flattenRecord(before);
  const next = flattenRecord(after);
  const paths = [...new Set([...old.keys(), ...next.keys()])];
  const rows = paths
    .filter((path) => !NOISE.has(path) && !sameValue(old.get(path), next.get(path)))
    .map((path) => ({ path, before: old.get(path) ?? null, after: next.get(path) ?? null }));
  return { kind: rows.length ? 'changed' : 'none', rows };
}
