import { FindingStatus } from '@tdkt/shared/contracts';
import { RULE_SET_VERSION, RuleEvaluation } from '@tdkt/shared/domain';
import { CommendationEntity, FindingEntity } from '@tdkt/api/database';
import { clearIfOpen, openOrRefresh } from './findings-runner.service';

const now = new Date('2026-12-08T01:00:00Z');
const subject = { id: 'c-1' } as CommendationEntity;
const failing: RuleEvaluation = {
  ruleId: 'R-DECISION-AFTER-ACHIEVEMENT',
  severity: 'ERROR',
  holds: false,
  explanation: 'Quyết định ngày 30/06/2024 có trước năm thành tích 2025',
  evidenceIds: ['c-1'],
  branch: null,
  evidenceNeeded: [],
  ruleVersion: RULE_SET_VERSION,
};
const holding: RuleEvaluation = { ...failing, holds: true, explanation: 'Đúng thứ tự' };

function finding(overrides: Partial<FindingEntity>): FindingEntity {
  return Object.assign(new FindingEntity(), {
    commendationId: 'c-1',
    ruleId: failing.ruleId,
    severity: 'ERROR',
    explanation: failing.explanation,
    ruleVersion: RULE_SET_VERSION,
    status: FindingStatus.OPEN,
    reviewerId: null,
    reviewedAt: null,
    comment: null,
    ...overrides,
  });
}

describe('the findings runner keeps findings in step with the rules', () => {
  it('opens a finding for a failing rule that had none', () => {
    const change = openOrRefresh(undefined, failing, subject, now);
    expect(change?.counter).toBe('opened');
    expect(change?.row).toMatchObject({ commendationId: 'c-1', ruleId: failing.ruleId, status: FindingStatus.OPEN, lastRunAt: now });
  });

  it('leaves an open finding alone while the facts read the same, and refreshes it when they change', () => {
    expect(openOrRefresh(finding({}), failing, subject, now)).toBeNull();
    const refreshed = openOrRefresh(finding({}), { ...failing, explanation: 'Quyết định ngày 01/01/2024 …' }, subject, now);
    expect(refreshed).toMatchObject({
      counter: 'updated',
      row: { status: FindingStatus.OPEN, explanation: 'Quyết định ngày 01/01/2024 …' },
    });
  });

  it("keeps a reviewer's clearing while the facts read the same; reopens one the run itself cleared", () => {
    const byReviewer = finding({ status: FindingStatus.CLEARED, reviewerId: 'u-1', comment: 'Có hồ sơ giải trình' });
    expect(openOrRefresh(byReviewer, failing, subject, now)).toBeNull();
    const byRun = finding({ status: FindingStatus.CLEARED, reviewerId: null });
    expect(openOrRefresh(byRun, failing, subject, now)).toMatchObject({ counter: 'opened', row: { status: FindingStatus.OPEN } });
  });

  it('clears an open or confirmed finding once its rule holds, and leaves a cleared one as it is', () => {
    const confirmed = finding({ status: FindingStatus.CONFIRMED, reviewerId: 'u-1', comment: 'Đúng là sai' });
    expect(clearIfOpen(confirmed, holding, now)).toMatchObject({
      counter: 'cleared',
      row: { status: FindingStatus.CLEARED, reviewerId: null, comment: null, explanation: 'Đúng thứ tự' },
    });
    expect(clearIfOpen(finding({ status: FindingStatus.CLEARED }), holding, now)).toBeNull();
    expect(clearIfOpen(undefined, holding, now)).toBeNull();
  });
});
