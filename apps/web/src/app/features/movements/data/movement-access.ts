import type { MovementView } from '@tdkt/shared/contracts';
import { SessionUser } from '../../../core/auth/auth.models';

export type ScopeCode = 'NATIONAL' | 'CLUSTER' | 'PROVINCE';
export const LAUNCHERS = ['PRIME_MINISTER', 'PROVINCE', 'CLUSTER', 'OTHER'] as const;

/**
 * Mirrors the API's rule: national movements belong to administrators, a cluster's to its chair,
 * a province's to its staff.
 */
export function canManage(user: SessionUser | null, movement: Pick<MovementView, 'scope' | 'clusterCode' | 'provinceCode'>): boolean {
  if (!user) return false;
  if (movement.scope === 'NATIONAL') return user.roles.includes('ADMIN');
  if (movement.scope === 'CLUSTER')
    return user.roles.includes('CLUSTER_CHAIR') && !!user.clusterCode && user.clusterCode === movement.clusterCode;
  return user.roles.includes('PROVINCE_STAFF') && !!user.provinceCode && user.provinceCode === movement.provinceCode;
}

/** The scopes this user may create a movement in. */
export function creatableScopes(user: SessionUser | null): ScopeCode[] {
  if (!user) return [];
  const scopes: ScopeCode[] = [];
  if (user.roles.includes('ADMIN')) scopes.push('NATIONAL');
  if (user.roles.includes('CLUSTER_CHAIR') && user.clusterCode) scopes.push('CLUSTER');
  if (user.roles.includes('PROVINCE_STAFF') && user.provinceCode) scopes.push('PROVINCE');
  return scopes;
}

/** Only staff write results, and only their own province's. */
export function canEnterResults(user: SessionUser | null): boolean {
  return !!user?.roles.includes('PROVINCE_STAFF') && !!user.provinceCode;
}
