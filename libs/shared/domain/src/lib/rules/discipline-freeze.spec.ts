import { AwardCategory, AwardLevel, CommendationKind, CommendationStatus, RecipientKind } from '@tdkt/shared/contracts';
import { DISCIPLINE_FREEZE_FROM, disciplineFreeze } from './discipline-freeze';
import { ELIGIBILITY_RULES, RULE_SET_VERSION, ruleById } from './eligibility-rules';
import { evaluateRules } from './engine';
import { AwardFact, RuleInput } from './rule';

/** R-DISCIPLINE-FREEZE (Decree 152/2025 Art. 4.4, Law Art. 28): the recipient facts recorded on the commendation. */

const TODAY = '2026-11-26';

function subject(over: Partial<AwardFact> = {}): AwardFact {
  return {
    id: 's1',
    achievementYear: 2025,
    awardCode: 'CSTD_CO_SO',
    awardName: 'Chiến sĩ thi đua cơ sở',
    category: AwardCategory.EMULATION_TITLE,
    decidingAuthority: null,
    decisionDate: null,
    kind: CommendationKind.REGULAR,
    level: AwardLevel.GRASSROOTS,
    recipientKinds: [RecipientKind.INDIVIDUAL],
    recipientKind: RecipientKind.INDIVIDUAL,
    recipientName: 'Ma Thị Hường',
    status: CommendationStatus.DRAFT,
    ...over,
  };
}

const ttldtt = (over: Partial<AwardFact> = {}) =>
  subject({
    awardCode: 'TAP_THE_LAO_DONG_TIEN_TIEN',
    awardName: 'Tập thể lao động tiên tiến',
    recipientKinds: [RecipientKind.COLLECTIVE],
    recipientKind: RecipientKind.COLLECTIVE,
    recipientName: 'Trường THPT Chiêm Hóa',
    ...over,
  });

const input = (s: AwardFact, today = TODAY): RuleInput => ({ subject: s, history: [], clusterPeers: [], today });
const run = (s: AwardFact, today = TODAY) => disciplineFreeze(input(s, today));

describe('R-DISCIPLINE-FREEZE: the rule', () => {
  it('is an ERROR rule of the current rule set citing Decree 152 Art. 4.4 and Law Art. 28, for every award', () => {
    const rule = ruleById('R-DISCIPLINE-FREEZE');
    expect(rule).toMatchObject({ severity: 'ERROR', version: RULE_SET_VERSION, dateBasis: 'DECISION_DATE', awards: null });
    expect(rule?.basis).toContain('Nghị định 152/2025/NĐ-CP Điều 4.4');
    expect(rule?.basis).toContain('Điều 28');
    expect(ELIGIBILITY_RULES.filter((r) => r.id === 'R-DISCIPLINE-FREEZE')).toHaveLength(1);
  });

  it('does not apply when none of the three facts is recorded', () => {
    expect(run(subject())).toBeNull();
    expect(run(subject({ pendingReview: null, disciplineUntil: null, memberWarnedOrAbove: null }))).toBeNull();
    expect(evaluateRules(input(subject())).find((e) => e.ruleId === 'R-DISCIPLINE-FREEZE')).toBeUndefined();
  });
});

describe('R-DISCIPLINE-FREEZE: a pending case, inspection, investigation or complaint', () => {
  it.each([CommendationStatus.DRAFT, CommendationStatus.SUBMITTED])('fails on a %s proposal when pendingReview is true', (status) => {
    const out = run(subject({ status, pendingReview: true }));
    expect(out).toMatchObject({ holds: false, evidenceIds: ['s1'] });
    expect(out?.explanation).toContain('khi đề nghị đang có vụ việc kỷ luật, thanh tra, điều tra hoặc khiếu nại');
    expect(out?.explanation).toContain('Nghị định 152/2025/NĐ-CP Điều 4.4');
    expect(out?.evidenceNeeded[0]).toContain('kết luận');
  });

  it('fails at the decision when pendingReview is true on an approved award', () => {
    const out = run(subject({ status: CommendationStatus.APPROVED, decisionDate: '2026-02-10', pendingReview: true }));
    expect(out?.holds).toBe(false);
    expect(out?.explanation).toContain('khi quyết định');
  });

  it('passes when pendingReview is false, naming the record', () => {
    const out = run(subject({ pendingReview: false }));
    expect(out).toMatchObject({ holds: true, evidenceIds: ['s1'] });
    expect(out?.explanation).toContain('không có vụ việc');
  });

  it('does not judge a returned proposal (not being proposed) on its pending flag', () => {
    expect(run(subject({ status: CommendationStatus.RETURNED, pendingReview: true }))).toBeNull();
  });

  it('is checked from the day Decree 152 is in force, by the decision date or today', () => {
    const before = subject({ status: CommendationStatus.APPROVED, decisionDate: '2025-06-30', pendingReview: true });
    expect(run(before)).toBeNull();
    expect(run({ ...before, decisionDate: DISCIPLINE_FREEZE_FROM })?.holds).toBe(false);
    expect(run(subject({ pendingReview: true }), '2025-06-30')).toBeNull();
  });

  it('produces an ERROR finding through the engine', () => {
    const found = evaluateRules(input(subject({ pendingReview: true }))).find((e) => e.ruleId === 'R-DISCIPLINE-FREEZE');
    expect(found).toMatchObject({ holds: false, severity: 'ERROR', ruleVersion: RULE_SET_VERSION });
  });
});

describe('R-DISCIPLINE-FREEZE: achievements count only from the end of the sanction', () => {
  it('fails when the sanction ends on 31/12 of the achievement year (the whole year was under it)', () => {
    const out = run(subject({ disciplineUntil: '2025-12-31' }));
    expect(out?.holds).toBe(false);
    expect(out?.explanation).toContain('kết thúc ngày 31/12/2025');
    expect(out?.explanation).toContain('thành tích năm 2025');
  });

  it('fails when it ends the day after, 01/01 of the next year', () => {
    expect(run(subject({ disciplineUntil: '2026-01-01' }))?.holds).toBe(false);
  });

  it('fails when it ends in the middle of the achievement year, or on its second day', () => {
    expect(run(subject({ disciplineUntil: '2025-06-30' }))?.holds).toBe(false);
    expect(run(subject({ disciplineUntil: '2025-01-02' }))?.holds).toBe(false);
  });

  it('passes when it ended on 31/12 of the year before, or on 01/01 of the achievement year', () => {
    const out = run(subject({ disciplineUntil: '2024-12-31' }));
    expect(out).toMatchObject({ holds: true, evidenceIds: ['s1'] });
    expect(out?.explanation).toContain('31/12/2024');
    expect(run(subject({ disciplineUntil: '2025-01-01' }))?.holds).toBe(true);
  });

  it('reaches back to the start of a strict chain: CSTĐ cấp tỉnh 2025 rests on 2023–2025', () => {
    const tinh = (disciplineUntil: string) =>
      subject({ awardCode: 'CSTD_TINH', awardName: 'Chiến sĩ thi đua cấp tỉnh', level: AwardLevel.PROVINCE, disciplineUntil });
    const out = run(tinh('2023-12-31'));
    expect(out?.holds).toBe(false);
    expect(out?.explanation).toContain('chuỗi thành tích 2023–2025 của Chiến sĩ thi đua cấp tỉnh');
    expect(run(tinh('2023-01-01'))?.holds).toBe(true);
    expect(run(tinh('2022-12-31'))?.holds).toBe(true);
  });

  it('counts CSTĐ toàn quốc from the first of its two provincial terms (six years)', () => {
    const tq = (disciplineUntil: string) =>
      subject({ awardCode: 'CSTD_TOAN_QUOC', awardName: 'Chiến sĩ thi đua toàn quốc', disciplineUntil });
    expect(run(tq('2021-03-01'))?.holds).toBe(false);
    expect(run(tq('2020-01-01'))?.holds).toBe(true);
  });

  it('an extraordinary award counts its own year only', () => {
    const extra = subject({ awardCode: 'CSTD_TINH', kind: CommendationKind.EXTRAORDINARY, disciplineUntil: '2024-06-01' });
    expect(run(extra)?.holds).toBe(true);
  });

  it('does not apply without an achievement year, or before Decree 152', () => {
    expect(run(subject({ achievementYear: null, disciplineUntil: '2026-01-01' }))).toBeNull();
    expect(run(subject({ status: CommendationStatus.APPROVED, decisionDate: '2025-03-01', disciplineUntil: '2026-01-01' }))).toBeNull();
  });
});

describe('R-DISCIPLINE-FREEZE: Tập thể lao động tiên tiến and a member disciplined at cảnh cáo or above (Law Art. 28)', () => {
  it('fails for a collective with such a member', () => {
    const out = run(ttldtt({ memberWarnedOrAbove: true }));
    expect(out?.holds).toBe(false);
    expect(out?.explanation).toContain('cảnh cáo trở lên năm 2025');
    expect(out?.explanation).toContain('Điều 28');
  });

  it('passes for a collective without one', () => {
    expect(run(ttldtt({ memberWarnedOrAbove: false }))?.holds).toBe(true);
  });

  it('is checked under the 2022 law before Decree 152 too', () => {
    const decided = ttldtt({
      status: CommendationStatus.APPROVED,
      decisionDate: '2025-02-01',
      achievementYear: 2024,
      memberWarnedOrAbove: true,
    });
    expect(run(decided)?.holds).toBe(false);
  });

  it('does not judge an individual, or another collective title, on it', () => {
    expect(run(subject({ awardCode: 'LAO_DONG_TIEN_TIEN', memberWarnedOrAbove: true }))).toBeNull();
    expect(run(ttldtt({ awardCode: 'TAP_THE_LAO_DONG_XUAT_SAC', memberWarnedOrAbove: true }))).toBeNull();
  });

  it('joins every failure in one explanation', () => {
    const out = run(ttldtt({ memberWarnedOrAbove: true, pendingReview: true, disciplineUntil: '2025-07-01' }));
    expect(out?.holds).toBe(false);
    expect(out?.explanation).toMatch(/khiếu nại.*Thời hạn kỷ luật.*cảnh cáo/s);
  });

  it('fails when one fact fails even if another passes', () => {
    expect(run(ttldtt({ memberWarnedOrAbove: false, pendingReview: true }))?.holds).toBe(false);
    expect(run(ttldtt({ memberWarnedOrAbove: true, pendingReview: false }))?.holds).toBe(false);
  });
});
