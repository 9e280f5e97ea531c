import { DomainError } from '@tdkt/api/core';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Actor } from './actor';
import { AuditService, Change } from './audit.service';

/** The one answer to a stale version, whatever the record: 409 VERSION_CONFLICT with this text. */
export const VERSION_CONFLICT_MESSAGE = 'Dữ liệu vừa được người khác thay đổi; hãy tải lại để xem bản mới nhất trước khi sửa';

export function versionConflict(): DomainError {
  return new DomainError('VERSION_CONFLICT', VERSION_CONFLICT_MESSAGE);
}

/** Which row to write: its id, the version the client read, and any further condition (`status = :status`…). */
export interface VersionedRow {
  id: string;
  version: number;
  where?: string;
  params?: Record<string, unknown>;
}

function condition(row: VersionedRow): [string, Record<string, unknown>] {
  const sql = `id = :id AND version = :version${row.where ? ` AND ${row.where}` : ''}`;
  return [sql, { ...row.params, id: row.id, version: row.version }];
}

/**
 * Optimistic locking in one place: applies `values` to the row only if its version is still the one the client read
 * (`UPDATE … WHERE id AND version`), else 409 VERSION_CONFLICT and nothing changes; then reads the row back and
 * audits the change in the caller's transaction, with `entry` naming the action, before and scope of the new state.
 */
export async function versionedUpdate<T extends ObjectLiteral>(
  m: EntityManager,
  audit: AuditService,
  actor: Actor,
  entity: EntityTarget<T>,
  row: VersionedRow,
  values: QueryDeepPartialEntity<T>,
  entry: (after: T) => Omit<Change, 'entityId' | 'after'> & { after?: unknown },
  /** Work that must see the new state but run before the audit entry takes the chain's lock (the eligibility rules). */
  beforeAudit?: (after: T) => Promise<void>,
): Promise<T> {
  const [sql, params] = condition(row);
  const result = await m.createQueryBuilder().update(entity).set(values).where(sql, params).execute();
  if (!result.affected) throw versionConflict();
  const after = await m.getRepository(entity).findOneByOrFail({ id: row.id } as unknown as T);
  if (beforeAudit) await beforeAudit(after);
  await audit.record(m, actor, { after, ...entry(after), entityId: row.id });
  return after;
}

/** The delete half of optimistic locking: `DELETE … WHERE id AND version`, 409 VERSION_CONFLICT when stale, audited. */
export async function versionedDelete<T extends ObjectLiteral>(
  m: EntityManager,
  audit: AuditService,
  actor: Actor,
  entity: EntityTarget<T>,
  row: VersionedRow,
  entry: Omit<Change, 'entityId' | 'after'>,
): Promise<void> {
  const [sql, params] = condition(row);
  const result = await m.createQueryBuilder().delete().from(entity).where(sql, params).execute();
  if (!result.affected) throw versionConflict();
  await audit.record(m, actor, { ...entry, entityId: row.id });
}
