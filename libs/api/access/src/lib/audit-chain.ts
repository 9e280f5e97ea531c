import { createHash } from 'node:crypto';

/** The hashed content of an audit entry: every stored column except the hashes themselves. */
export interface AuditContent {
  seq: number;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  address: string | null;
  entity: string;
  entityId: string | null;
  action: string;
  provinceId: string | null;
  clusterId: string | null;
  year: number | null;
  before: unknown;
  after: unknown;
}

export interface ChainedEntry extends AuditContent {
  prevHash: string;
  hash: string;
}

/** The chain's anchor: the "previous hash" of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so jsonb's reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditHash(prevHash: string, content: AuditContent): string {
  const { seq, at, actorId, actorUsername, address, entity, entityId, action, provinceId, clusterId, year, before, after } = content;
  const body = canonicalJson({
    seq,
    at,
    actorId,
    actorUsername,
    address,
    entity,
    entityId,
    action,
    provinceId,
    clusterId,
    year,
    before,
    after,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export interface ChainBreak {
  seq: number;
  reason: string;
}

/**
 * Checks a run of entries in seq order, continuing from `prev` (the last verified entry, if any).
 * Returns the first break: a gap in the numbering, a wrong link, or content that no longer matches its hash.
 */
export function findChainBreak(
  entries: readonly ChainedEntry[],
  prev: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): ChainBreak | null {
  let last = prev;
  for (const e of entries) {
    if (e.seq !== last.seq + 1) return { seq: last.seq + 1, reason: `entry ${last.seq + 1} is missing (next found: ${e.seq})` };
    if (e.prevHash !== last.hash) return { seq: e.seq, reason: `entry ${e.seq} does not link to entry ${last.seq}` };
    if (auditHash(e.prevHash, e) !== e.hash) return { seq: e.seq, reason: `entry ${e.seq} was changed after it was written` };
    last = { seq: e.seq, hash: e.hash };
  }
  return null;
}
