import type { AwardLevel, CommendationStatus, CommendationView, Role } from '@tdkt/shared/contracts';
import { WorkflowAction, availableActions } from '@tdkt/shared/domain';
import type { UserRole } from '../../../core/auth/auth.models';

/** Decided by the President or the Government, through the council (contracts' CENTRAL_LEVELS, kept type-only here). */
const CENTRAL_LEVELS: readonly string[] = ['STATE', 'GOVERNMENT'] satisfies readonly `${AwardLevel}`[];

export function isCentralLevel(level: string): boolean {
  return CENTRAL_LEVELS.includes(level);
}

/** The steps these roles may take on the record now, in the order the buttons show them. */
export function actionsFor(record: Pick<CommendationView, 'level' | 'status'>, roles: readonly UserRole[]): WorkflowAction[] {
  const order: WorkflowAction[] = ['submit', 'approve', 'return', 'revoke'];
  const allowed = availableActions(record.status as CommendationStatus, isCentralLevel(record.level), roles as readonly Role[]);
  return order.filter((action) => allowed.includes(action));
}

/** Records the province may still correct: not while the council holds them, not once revoked, not a decided central award. */
export function isEditable(record: Pick<CommendationView, 'level' | 'status'>): boolean {
  if (record.status === 'SUBMITTED' || record.status === 'REVOKED') return false;
  return !(record.status === 'APPROVED' && isCentralLevel(record.level));
}
