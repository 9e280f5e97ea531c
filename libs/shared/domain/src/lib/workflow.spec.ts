import { CommendationStatus, Role } from '@tdkt/shared/contracts';
import { TRANSITIONS, WorkflowAction, availableActions, findTransition, isAuthorOf, needsAnotherHand } from './workflow';

const { DRAFT, SUBMITTED, APPROVED, RETURNED, REVOKED } = CommendationStatus;
const ALL_STATUSES = [DRAFT, SUBMITTED, APPROVED, RETURNED, REVOKED];
const ACTIONS: WorkflowAction[] = ['submit', 'approve', 'return', 'revoke'];

describe('commendation workflow', () => {
  it.each([
    ['submit', DRAFT, true, SUBMITTED, Role.PROVINCE_STAFF],
    ['submit', RETURNED, true, SUBMITTED, Role.PROVINCE_STAFF],
    ['approve', SUBMITTED, true, APPROVED, Role.COUNCIL_REVIEWER],
    ['return', SUBMITTED, true, RETURNED, Role.COUNCIL_REVIEWER],
    ['revoke', APPROVED, true, REVOKED, Role.COUNCIL_REVIEWER],
    ['approve', DRAFT, false, APPROVED, Role.PROVINCE_STAFF],
    ['revoke', APPROVED, false, REVOKED, Role.PROVINCE_STAFF],
  ] as const)('%s from %s (central: %s) → %s by %s', (action, from, central, to, role) => {
    expect(findTransition(action, from, central)).toMatchObject({ to, role });
  });

  it('refuses every other combination with a Vietnamese reason', () => {
    let refused = 0;
    for (const action of ACTIONS) {
      for (const status of ALL_STATUSES) {
        for (const central of [true, false]) {
          const allowed = TRANSITIONS.some((t) => t.action === action && t.central === central && t.from.includes(status));
          const result = findTransition(action, status, central);
          if (allowed) continue;
          refused++;
          expect(typeof result).toBe('string');
          expect(result).toMatch(/^(Không thể|Khen thưởng)/);
        }
      }
    }
    expect(refused).toBe(ACTIONS.length * ALL_STATUSES.length * 2 - 7);
  });

  it('names the states an action needs', () => {
    expect(findTransition('approve', REVOKED, true)).toBe(
      'Không thể phê duyệt hồ sơ đang ở trạng thái "đã thu hồi"; chỉ phê duyệt được hồ sơ "đã trình Hội đồng"',
    );
    expect(findTransition('submit', DRAFT, false)).toMatch(/không cần trình/);
  });

  it('offers each role only its own steps', () => {
    expect(availableActions(SUBMITTED, true, [Role.PROVINCE_STAFF])).toEqual([]);
    expect(availableActions(SUBMITTED, true, [Role.COUNCIL_REVIEWER])).toEqual(['approve', 'return']);
    expect(availableActions(DRAFT, false, [Role.PROVINCE_STAFF, Role.CLUSTER_CHAIR])).toEqual(['approve']);
    expect(availableActions(REVOKED, true, [Role.COUNCIL_REVIEWER, Role.PROVINCE_STAFF, Role.ADMIN])).toEqual([]);
  });
});

describe('separation of duties', () => {
  it('only the council decision on a central proposal (approve, return) needs another hand', () => {
    const needing = TRANSITIONS.filter(needsAnotherHand).map((t) => `${t.action}:${t.central}`);
    expect(needing).toEqual(['approve:true', 'return:true']);
  });

  it.each([
    [['CREATE'], true],
    [['IMPORT'], true],
    [['UPDATE'], true],
    [['SUBMIT'], true],
    [['NOMINATE'], true],
    [['RETURN'], false],
    [['RETURN', 'APPROVE', 'REVOKE'], false],
    [['RETURN', 'UPDATE'], true],
    [[], false],
  ])('actions %j make the user an author: %s', (actions, author) => {
    expect(isAuthorOf(actions)).toBe(author);
  });
});
