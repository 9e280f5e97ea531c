import { CommendationStatus, Role } from '@tdkt/shared/contracts';

export type WorkflowAction = 'submit' | 'approve' | 'return' | 'revoke';

export interface Transition {
  action: WorkflowAction;
  from: readonly CommendationStatus[];
  to: CommendationStatus;
  /** Central-level awards (decided by the Prime Minister or the President) or the province's own. */
  central: boolean;
  role: Role;
  /** What the step needs besides the action: a reason, or the decision (number, date, authority). */
  needs: 'reason' | 'decision' | null;
}

const { DRAFT, SUBMITTED, APPROVED, RETURNED, REVOKED } = CommendationStatus;

/**
 * The one table of the commendation workflow (§2). A province records its own awards once decided;
 * a central-level award is proposed, submitted to the council, and approved or returned there.
 */
export const TRANSITIONS: readonly Transition[] = [
  { action: 'approve', from: [DRAFT], to: APPROVED, central: false, role: Role.PROVINCE_STAFF, needs: 'decision' },
  { action: 'revoke', from: [APPROVED], to: REVOKED, central: false, role: Role.PROVINCE_STAFF, needs: 'reason' },
  { action: 'submit', from: [DRAFT, RETURNED], to: SUBMITTED, central: true, role: Role.PROVINCE_STAFF, needs: null },
  { action: 'approve', from: [SUBMITTED], to: APPROVED, central: true, role: Role.COUNCIL_REVIEWER, needs: 'decision' },
  { action: 'return', from: [SUBMITTED], to: RETURNED, central: true, role: Role.COUNCIL_REVIEWER, needs: 'reason' },
  { action: 'revoke', from: [APPROVED], to: REVOKED, central: true, role: Role.COUNCIL_REVIEWER, needs: 'reason' },
];

/**
 * Separation of duties: the council's decision on a proposal (approve or return) must come from someone who did not
 * write it. True for the steps where the actor may not be one of the proposal's authors.
 */
export function needsAnotherHand(step: Pick<Transition, 'action' | 'central' | 'role'>): boolean {
  return step.central && step.role === Role.COUNCIL_REVIEWER && (step.action === 'approve' || step.action === 'return');
}

/**
 * Whether audit actions a user took on a proposal make them one of its authors: anything they wrote on it (created,
 * imported, edited, submitted, nominated…) except the council's own steps on it.
 */
export function isAuthorOf(actionsByUser: readonly string[]): boolean {
  const councilSteps = new Set(['APPROVE', 'RETURN', 'REVOKE']);
  return actionsByUser.some((a) => !councilSteps.has(a));
}

export const STATUS_LABEL_VI: Record<CommendationStatus, string> = {
  [DRAFT]: 'bản nháp',
  [SUBMITTED]: 'đã trình Hội đồng',
  [APPROVED]: 'đã quyết định',
  [RETURNED]: 'bị trả lại',
  [REVOKED]: 'đã thu hồi',
};

const ACTION_LABEL_VI: Record<WorkflowAction, string> = { submit: 'trình', approve: 'phê duyệt', return: 'trả lại', revoke: 'thu hồi' };

/** The transition for an action on a record, or the Vietnamese reason it is not allowed from this state. */
export function findTransition(action: WorkflowAction, status: CommendationStatus, central: boolean): Transition | string {
  const found = TRANSITIONS.find((t) => t.action === action && t.central === central && t.from.includes(status));
  if (found) return found;
  const elsewhere = TRANSITIONS.find((t) => t.action === action && t.central === central);
  if (!elsewhere) {
    return central
      ? `Khen thưởng cấp trung ương không ${ACTION_LABEL_VI[action]} theo cách này`
      : `Khen thưởng thuộc thẩm quyền của tỉnh không cần ${ACTION_LABEL_VI[action]}: tỉnh ghi nhận trực tiếp khi đã có quyết định`;
  }
  return `Không thể ${ACTION_LABEL_VI[action]} hồ sơ đang ở trạng thái "${STATUS_LABEL_VI[status]}"; chỉ ${ACTION_LABEL_VI[action]} được hồ sơ ${elsewhere.from.map((s) => `"${STATUS_LABEL_VI[s]}"`).join(' hoặc ')}`;
}

/** The actions a user holding these roles may take on a record now (for the client's buttons). */
export function availableActions(status: CommendationStatus, central: boolean, roles: readonly Role[]): WorkflowAction[] {
  return TRANSITIONS.filter((t) => t.central === central && t.from.includes(status) && roles.includes(t.role)).map((t) => t.action);
}
