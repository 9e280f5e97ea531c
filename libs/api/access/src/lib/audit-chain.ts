import { createHash, createHmac } from 'node:crypto';

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

/** How an entry's hash was made: plain SHA-256, or HMAC-SHA256 with AUDIT_KEY (only the key holder can make one). */
export type HashScheme = 'sha256' | 'hmac-sha256';

export interface ChainedEntry extends AuditContent {
  prevHash: string;
  hash: string;
  /** Absent on entries written before schemes were recorded: plain SHA-256. */
  hashScheme?: HashScheme | string;
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

/** The entry's hash: keyed (HMAC-SHA256) when a key is given, else plain SHA-256. */
export function auditHash(prevHash: string, content: AuditContent, key?: string): string {
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
  const digest = key ? createHmac('sha256', key) : createHash('sha256');
  return digest.update(prevHash).update('\n').update(body).digest('hex');
}

export interface ChainBreak {
  seq: number;
  reason: string;
}

/**
 * Checks a run of entries in seq order, continuing from `prev` (the last verified entry, if any).
 * Returns the first break: a gap in the numbering, a wrong link, content that no longer matches its hash, a keyed
 * entry that cannot be checked without the key, or (with a key) a plain entry after keyed ones: a downgrade, which is
 * how someone without the key would rewrite the tail.
 */
export function findChainBreak(
  entries: readonly ChainedEntry[],
  prev: { seq: number; hash: string; keyed?: boolean } = { seq: 0, hash: GENESIS_HASH },
  key?: string,
): ChainBreak | null {
  let last = prev;
  for (const e of entries) {
    if (e.seq !== last.seq + 1) return { seq: last.seq + 1, reason: `entry ${last.seq + 1} is missing (next found: ${e.seq})` };
    if (e.prevHash !== last.hash) return { seq: e.seq, reason: `entry ${e.seq} does not link to entry ${last.seq}` };
    const keyed = e.hashScheme === 'hmac-sha256';
    if (e.hashScheme && !keyed && e.hashScheme !== 'sha256') return { seq: e.seq, reason: `entry ${e.seq} names an unknown hash scheme` };
    if (keyed && !key) return { seq: e.seq, reason: `entry ${e.seq} is keyed (HMAC-SHA256): set AUDIT_KEY to verify it` };
    if (!keyed && key && last.keyed)
      return { seq: e.seq, reason: `entry ${e.seq} is not keyed although entry ${last.seq} is: the chain was rewritten from there` };
    if (auditHash(e.prevHash, e, keyed ? key : undefined) !== e.hash) {
      return {
        seq: e.seq,
        reason: `entry ${e.seq} was changed after it was written${keyed ? ' (or AUDIT_KEY is not the key it was written with)' : ''}`,
      };
    }
    last = { seq: e.seq, hash: e.hash, keyed };
  }
  return null;
}

/** The head a checkpoint keeps, signed with the key when there is one so it cannot be forged without it. */
export interface Checkpoint {
  seq: number;
  hash: string;
  signature?: string;
}

export function checkpointSignature(seq: number, hash: string, key: string): string {
  return createHmac('sha256', key).update(`tdkt-audit-checkpoint\n${seq}\n${hash}`).digest('hex');
}

/**
 * Compares the chain's head with a checkpoint kept elsewhere: a checkpoint beyond the head means entries were removed
 * (a truncated or emptied table), one whose entry no longer has its hash means the chain was rebuilt.
 * `hashAt` gives the stored hash of an entry (undefined when it does not exist).
 */
export function checkAgainstCheckpoint(
  head: { seq: number; hash: string },
  checkpoint: Checkpoint,
  hashAt: string | undefined,
  where: string,
  key?: string,
): ChainBreak | null {
  if (key && checkpoint.signature !== checkpointSignature(checkpoint.seq, checkpoint.hash, key)) {
    return { seq: checkpoint.seq, reason: `the ${where} is not signed with AUDIT_KEY: it was forged, or written with another key` };
  }
  if (checkpoint.seq > head.seq) {
    return {
      seq: head.seq + 1,
      reason: `entries ${head.seq + 1}–${checkpoint.seq} are missing: the ${where} records ${checkpoint.seq} entries, the table ends at ${head.seq}`,
    };
  }
  if (hashAt !== checkpoint.hash)
    return { seq: checkpoint.seq, reason: `entry ${checkpoint.seq} differs from the ${where}: the chain was rebuilt` };
  return null;
}
