import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One change, append-only. `hash` covers every other column and the previous entry's hash, so editing
 * or deleting any entry breaks the chain from there on (see the audit chain verification).
 */
@Entity('audit_entries')
@Index('audit_entries_entity_idx', ['entity', 'entityId'])
export class AuditEntryEntity {
  /** Position in the chain, 1, 2, 3… assigned under a table lock so the chain has no forks. */
  @PrimaryColumn({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq!: number;

  @Column({ type: 'text' })
  at!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_username', type: 'text', nullable: true })
  actorUsername!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'text' })
  entity!: string;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  /** Province and cluster the entry belongs to, so the trail can be scoped like the records. */
  @Column({ name: 'province_id', type: 'uuid', nullable: true })
  provinceId!: string | null;

  @Column({ name: 'cluster_id', type: 'uuid', nullable: true })
  clusterId!: string | null;

  /** The year the record belongs to: a chair reads a province's entries only for its years of membership. */
  @Column({ type: 'int', nullable: true })
  year!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash!: string;

  @Column({ type: 'text' })
  hash!: string;

  /** `sha256`, or `hmac-sha256` when written with AUDIT_KEY: verification needs to know which. */
  @Column({ name: 'hash_scheme', type: 'text', default: 'sha256' })
  hashScheme!: string;
}
