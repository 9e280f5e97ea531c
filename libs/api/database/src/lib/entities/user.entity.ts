import { Role } from '@tdkt/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, MutableRecord } from './base';
import { ClusterEntity } from './cluster.entity';
import { ProvinceEntity } from './province.entity';

/** An account; a user may hold several roles, with at most one province and one cluster as their scope. */
@Entity('users')
export class UserEntity extends MutableRecord {
  @Column({ type: 'text' })
  @Index('users_username_uq', { unique: true })
  username!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  /** argon2id, PHC string format. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ name: 'province_id', type: 'uuid', nullable: true })
  provinceId!: string | null;

  @ManyToOne(() => ProvinceEntity)
  @JoinColumn({ name: 'province_id', foreignKeyConstraintName: 'users_province_fk' })
  province?: ProvinceEntity;

  @Column({ name: 'cluster_id', type: 'uuid', nullable: true })
  clusterId!: string | null;

  @ManyToOne(() => ClusterEntity)
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'users_cluster_fk' })
  cluster?: ClusterEntity;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'failed_logins', type: 'int', default: 0 })
  failedLogins!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}

/** A signed-in session: the refresh token (stored hashed) and the id that access tokens carry. */
@Entity('sessions')
@Index('sessions_user_idx', ['userId'])
export class SessionEntity extends BaseRecord {
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sessions_user_fk' })
  user?: UserEntity;

  /** SHA-256 of the current refresh token; rotated on every refresh. */
  @Column({ name: 'refresh_hash', type: 'text' })
  @Index('sessions_refresh_hash_uq', { unique: true })
  refreshHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;
}
