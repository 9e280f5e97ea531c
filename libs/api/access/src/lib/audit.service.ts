import { AuditEntryEntity } from '@tdkt/api/database';
import { Inject, Injectable, Logger, OnModuleDestroy, Optional } from '@nestjs/common';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from './actor';
import {
  ChainBreak,
  Checkpoint,
  GENESIS_HASH,
  auditHash,
  checkAgainstCheckpoint,
  checkpointSignature,
  findChainBreak,
} from './audit-chain';

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
  /** The last entry, when there is one. */
  head?: { seq: number; hash: string } | null;
  /** Whether AUDIT_KEY was used to verify (keyed entries need it). */
  keyed?: boolean;
  /** The checkpoints compared with the head: the database's and, when configured, the file's. */
  checkpoints?: { table: number | null; file: number | null };
}

/** The audit trail's key and the file that keeps a copy of the chain's head outside the database. */
export interface AuditSettings {
  key?: string;
  checkpointFile?: string;
}

export const AUDIT_SETTINGS = Symbol('AUDIT_SETTINGS');

const VERIFY_BATCH = 2_000;
/** The advisory lock key that serialises writers of the chain (transaction-scoped). */
export const AUDIT_CHAIN_LOCK = 730_115_001;
/** The file checkpoint follows the writes within this delay (one write per burst, not per entry). */
const CHECKPOINT_DELAY_MS = 1_000;

/** Writes the audit trail inside the caller's transaction, so a change and its entry commit together. */
@Injectable()
export class AuditService implements OnModuleDestroy {
  private readonly logger = new Logger('AuditTrail');
  private checkpointTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Optional() @Inject(AUDIT_SETTINGS) private readonly settings: AuditSettings = {},
  ) {}

  async record(m: EntityManager, actor: Actor | null, change: Change): Promise<void> {
    // One writer at a time extends the chain; readers are not blocked. An advisory lock, not a table lock: the
    // app's role may only SELECT and INSERT on the table, and a SHARE ROW EXCLUSIVE lock needs UPDATE rights.
    await m.query(`SELECT pg_advisory_xact_lock($1)`, [AUDIT_CHAIN_LOCK]);
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
    const key = this.settings.key;
    await m.getRepository(AuditEntryEntity).insert({
      ...content,
      prevHash,
      hash: auditHash(prevHash, content, key),
      hashScheme: key ? 'hmac-sha256' : 'sha256',
    });
    this.scheduleCheckpoint();
  }

  /**
   * Re-hashes the whole chain in order and names the first entry that does not match; then compares the head with
   * the checkpoints kept outside the chain (the checkpoint table, the checkpoint file), so an emptied or shortened
   * trail is reported too. A verified head becomes the file's new checkpoint.
   */
  async verify(): Promise<ChainReport> {
    const key = this.settings.key;
    // Read before the walk: entries committed meanwhile only make the head longer than the checkpoints.
    const table = await this.tableCheckpoint();
    const file = this.readFileCheckpoint();
    let prev: { seq: number; hash: string; keyed?: boolean } = { seq: 0, hash: GENESIS_HASH };
    let checked = 0;
    for (;;) {
      const batch = await this.dataSource
        .getRepository(AuditEntryEntity)
        .createQueryBuilder('a')
        .where('a.seq > :after', { after: prev.seq })
        .orderBy('a.seq', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      if (batch.length === 0) break;
      const broken = findChainBreak(batch, prev, key);
      if (broken) return { ok: false, checked: checked + Math.max(broken.seq - prev.seq - 1, 0), firstBroken: broken, keyed: Boolean(key) };
      checked += batch.length;
      const tail = batch[batch.length - 1];
      prev = { seq: tail.seq, hash: tail.hash, keyed: tail.hashScheme === 'hmac-sha256' };
    }
    const head = prev.seq ? { seq: prev.seq, hash: prev.hash } : null;
    const report = (firstBroken: ChainBreak | null, checkpoints: ChainReport['checkpoints']): ChainReport => ({
      ok: firstBroken === null,
      checked,
      firstBroken,
      head,
      keyed: Boolean(key),
      checkpoints,
    });
    const checkpoints = { table: table?.seq ?? null, file: file?.seq ?? null };
    const at = head ?? { seq: 0, hash: GENESIS_HASH };
    const hashAt = async (seq: number): Promise<string | undefined> =>
      (await this.dataSource.getRepository(AuditEntryEntity).findOneBy({ seq }))?.hash;
    if (table) {
      const broken = checkAgainstCheckpoint(at, table, await hashAt(table.seq), 'checkpoint table');
      if (broken) return report(broken, checkpoints);
    }
    if (file) {
      const broken = checkAgainstCheckpoint(at, file, await hashAt(file.seq), `checkpoint file ${this.settings.checkpointFile}`, key);
      if (broken) return report(broken, checkpoints);
    }
    // Every running system has entries (the first sign-in writes one): an empty trail was emptied.
    if (!head) return report({ seq: 1, reason: 'the audit trail is empty' }, checkpoints);
    this.writeFileCheckpoint(head);
    return report(null, checkpoints);
  }

  /** Writes the pending file checkpoint before the database closes. */
  async onModuleDestroy(): Promise<void> {
    if (!this.checkpointTimer) return;
    clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    await this.advanceFileCheckpoint();
  }

  /** Moves the file checkpoint to the committed head (never back). Public for the command-line tools. */
  async advanceFileCheckpoint(): Promise<void> {
    if (!this.settings.checkpointFile) return;
    try {
      const [last] = await this.dataSource.query(`SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1`);
      if (!last) return;
      const current = this.readFileCheckpoint();
      if (current && current.seq >= Number(last.seq)) return;
      this.writeFileCheckpoint({ seq: Number(last.seq), hash: last.hash });
    } catch (err) {
      this.logger.warn(`audit checkpoint file not updated: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private scheduleCheckpoint(): void {
    if (!this.settings.checkpointFile || this.checkpointTimer) return;
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      void this.advanceFileCheckpoint();
    }, CHECKPOINT_DELAY_MS);
    this.checkpointTimer.unref();
  }

  private async tableCheckpoint(): Promise<{ seq: number; hash: string } | null> {
    const [row] = await this.dataSource.query(`SELECT seq, hash FROM audit_checkpoints WHERE id = 1`);
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }

  private readFileCheckpoint(): Checkpoint | null {
    const file = this.settings.checkpointFile;
    if (!file) return null;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const parsed = JSON.parse(text) as Partial<Checkpoint>;
    if (typeof parsed.seq !== 'number' || typeof parsed.hash !== 'string') throw new Error(`${file} is not an audit checkpoint`);
    return { seq: parsed.seq, hash: parsed.hash, signature: parsed.signature };
  }

  private writeFileCheckpoint(head: { seq: number; hash: string }): void {
    const file = this.settings.checkpointFile;
    if (!file) return;
    const key = this.settings.key;
    const body: Checkpoint & { at: string } = {
      seq: head.seq,
      hash: head.hash,
      at: new Date().toISOString(),
      ...(key ? { signature: checkpointSignature(head.seq, head.hash, key) } : {}),
    };
    mkdirSync(dirname(file), { recursive: true });
    // Written aside and renamed: a crash never leaves half a checkpoint.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, file);
  }
}

function toJson(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}
