import { AuditEntryEntity } from '@tdkt/api/database';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from './actor';
import { ChainBreak, GENESIS_HASH, auditHash, findChainBreak } from './audit-chain';

export interface Change {
  entity: string;
  entityId: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
  /** The province and cluster the change belongs to, for scoped reading of the trail. */
  provinceId?: string | null;
  clusterId?: string | null;
  /** The year the record belongs to (decision year, period year…), for the chair's years of membership. */
  year?: number | null;
  /** The client's address when nobody is signed in (failed sign-ins of unknown accounts). */
  address?: string | null;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBroken: ChainBreak | null;
}

const VERIFY_BATCH = 2_000;

/** Writes the audit trail inside the caller's transaction, so a change and its entry commit together. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(m: EntityManager, actor: Actor | null, change: Change): Promise<void> {
    // One writer at a time extends the chain; readers are not blocked.
    await m.query(`LOCK TABLE audit_entries IN SHARE ROW EXCLUSIVE MODE`);
    const [last] = await m.query(`SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1`);
    const content = {
      seq: last ? Number(last.seq) + 1 : 1,
      at: new Date().toISOString(),
      actorId: actor?.userId || null,
      actorUsername: actor?.username ?? null,
      address: actor?.address ?? change.address ?? null,
      entity: change.entity,
      entityId: change.entityId,
      action: change.action,
      provinceId: change.provinceId ?? null,
      clusterId: change.clusterId ?? null,
      year: change.year ?? null,
      // Stored as the JSON a client would see (dates as strings), which is also what gets hashed.
      before: toJson(change.before),
      after: toJson(change.after),
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    await m.getRepository(AuditEntryEntity).insert({ ...content, prevHash, hash: auditHash(prevHash, content) });
  }

  /** Re-hashes the whole chain in order and names the first entry that does not match. */
  async verify(): Promise<ChainReport> {
    let prev = { seq: 0, hash: GENESIS_HASH };
    let checked = 0;
    for (;;) {
      const batch = await this.dataSource
        .getRepository(AuditEntryEntity)
        .createQueryBuilder('a')
        .where('a.seq > :after', { after: prev.seq })
        .orderBy('a.seq', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      if (batch.length === 0) return { ok: true, checked, firstBroken: null };
      const broken = findChainBreak(batch, prev);
      if (broken) return { ok: false, checked: checked + Math.max(broken.seq - prev.seq - 1, 0), firstBroken: broken };
      checked += batch.length;
      const tail = batch[batch.length - 1];
      prev = { seq: tail.seq, hash: tail.hash };
    }
  }
}

function toJson(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}
