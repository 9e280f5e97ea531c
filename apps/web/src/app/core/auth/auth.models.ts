import type { LoginResponse, Role } from '@tdkt/shared/contracts';

/** A role as the API spells it: ADMIN, CLUSTER_CHAIR, COUNCIL_REVIEWER or PROVINCE_STAFF. */
export type UserRole = `${Role}`;

/** Every role, in the order the interface lists them. */
export const USER_ROLES: readonly UserRole[] = ['CLUSTER_CHAIR', 'PROVINCE_STAFF', 'COUNCIL_REVIEWER', 'ADMIN'];

/** The signed-in user, as `POST /api/v1/auth/login` describes them. */
export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly fullName: string;
  readonly roles: readonly UserRole[];
  /** Current code of the user's province (PROVINCE_STAFF). */
  readonly provinceCode?: string;
  /** Code of the cluster the user chairs (CLUSTER_CHAIR). */
  readonly clusterCode?: string;
}

/** `POST /api/v1/auth/login` and `POST /api/v1/auth/refresh`. */
export interface TokenResponse extends Omit<LoginResponse, 'user'> {
  readonly user: SessionUser;
}

/** Why the last session ended, for the sign-in page to say so. */
export type SessionEnd = 'expired' | 'signedOut';

function isRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);
}

/** Checks a user read back from storage (or sent by the server) before trusting its shape. */
export function isSessionUser(value: unknown): value is SessionUser {
  if (!value || typeof value !== 'object') return false;
  const user = value as Record<string, unknown>;
  return (
    typeof user['id'] === 'string' &&
    typeof user['username'] === 'string' &&
    typeof user['fullName'] === 'string' &&
    Array.isArray(user['roles']) &&
    user['roles'].every(isRole) &&
    (user['provinceCode'] == null || typeof user['provinceCode'] === 'string') &&
    (user['clusterCode'] == null || typeof user['clusterCode'] === 'string')
  );
}

/** Only the fields the client uses; null scope codes dropped. */
export function toSessionUser(user: SessionUser): SessionUser {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    roles: [...user.roles],
    ...(user.provinceCode ? { provinceCode: user.provinceCode } : {}),
    ...(user.clusterCode ? { clusterCode: user.clusterCode } : {}),
  };
}
