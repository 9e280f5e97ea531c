import { AwardLevel, CommendationKind, CommendationStatus, RecipientKind } from '@tdkt/shared/contracts';
import { ELIGIBILITY_RULES, RULE_SET_VERSION, ruleById } from './eligibility-rules';
import { evaluateRules } from './engine';
import { AwardFact, RuleInput, RuleOutcome, VoteFact } from './rule';

const proposal = (awardCode: string, over: Partial<AwardFact> = {}): AwardFact => ({
  id: 'p1',
  achievementYear: 2024,
  awardCode,
  awardName: awardCode === 'CO_THI_DUA_CHINH_PHU' ? 'Cờ thi đua của Chính phủ' : 'Bằng khen của Thủ tướng Chính phủ',
  decidingAuthority: null,
  decisionDate: null,
  kind: CommendationKind.REGULAR,
  level: AwardLevel.GOVERNMENT,
  recipientKinds: [RecipientKind.COLLECTIVE],
  recipientKind: RecipientKind.COLLECTIVE,
  recipientName: 'Ủy ban nhân dân tỉnh Cao Bằng',
  status: CommendationStatus.DRAFT,
  provinceId: 'cao-bang',
  voteId: 'v1',
  ...over,
});

const vote = (over: Partial<VoteFact> = {}): VoteFact => ({
  id: 'v1',
  title: 'Suy tôn đơn vị dẫn đầu năm 2024',
  awardCode: 'CO_THI_DUA_CHINH_PHU',
  year: 2024,
  quorumMet: true,
  electedProvinceIds: ['cao-bang'],
  electedNames: ['Cao Bằng'],
  eligible: 14,
  ...over,
});

function run(ruleId: string, subject: AwardFact, more: Partial<RuleInput> = {}): RuleOutcome | null {
  const rule = ruleById(ruleId);
  if (!rule?.evaluate) throw new Error(ruleId);
  return rule.evaluate({ subject, history: [], clusterPeers: [], today: '2025-01-20', ...more });
}

describe('R-CLUSTER-VOTE-ELECTED (Law Art. 73.4c, 25.2)', () => {
  it('is registered with its basis, in a new rule-set version', () => {
    expect(ELIGIBILITY_RULES.map((r) => r.id)).toContain('R-CLUSTER-VOTE-ELECTED');
    expect(ruleById('R-CLUSTER-VOTE-ELECTED')?.basis).toContain('73.4c');
    expect(RULE_SET_VERSION).toBe('2025-07-01.2');
  });

  it('holds for a province the vote elected, for the voted award and year', () => {
    expect(run('R-CLUSTER-VOTE-ELECTED', proposal('CO_THI_DUA_CHINH_PHU'), { votes: [vote()] })?.holds).toBe(true);
    const bk = vote({
      awardCode: 'BANG_KHEN_THU_TUONG',
      electedProvinceIds: ['cao-bang', 'lang-son'],
      electedNames: ['Cao Bằng', 'Lạng Sơn'],
    });
    expect(run('R-CLUSTER-VOTE-ELECTED', proposal('BANG_KHEN_THU_TUONG'), { votes: [bk] })?.holds).toBe(true);
  });

  it('fails for a province the vote did not elect, another award, another year, no quorum, or a vote not closed', () => {
    const cases: Array<[Partial<AwardFact>, VoteFact[], string]> = [
      [{ provinceId: 'son-la', recipientName: 'Ủy ban nhân dân tỉnh Sơn La' }, [vote()], 'không được suy tôn'],
      [{ awardCode: 'BANG_KHEN_THU_TUONG' }, [vote()], 'hình thức đề nghị phải là hình thức đã bỏ phiếu'],
      [{ achievementYear: 2023 }, [vote()], 'không phải năm 2023'],
      [{}, [vote({ quorumMet: false })], 'không đủ số phiếu tối thiểu'],
      [{}, [], 'chưa kết thúc'],
    ];
    for (const [over, votes, text] of cases) {
      const out = run('R-CLUSTER-VOTE-ELECTED', proposal((over.awardCode as string) ?? 'CO_THI_DUA_CHINH_PHU', over), { votes });
      expect(out?.holds).toBe(false);
      expect(out?.explanation).toContain(text);
    }
  });

  it('does not apply to a proposal made without a vote, to individuals or to other awards', () => {
    expect(run('R-CLUSTER-VOTE-ELECTED', proposal('CO_THI_DUA_CHINH_PHU', { voteId: null }))).toBeNull();
    expect(
      run('R-CLUSTER-VOTE-ELECTED', proposal('BANG_KHEN_THU_TUONG', { recipientKind: RecipientKind.INDIVIDUAL }), { votes: [vote()] }),
    ).toBeNull();
    expect(run('R-CLUSTER-VOTE-ELECTED', proposal('BANG_KHEN_TINH'), { votes: [vote()] })).toBeNull();
  });
});

describe('R-CO-CP-ONE-PER-CLUSTER, version 2: the cluster vote names the leader', () => {
  const flag = (over: Partial<AwardFact> = {}) => proposal('CO_THI_DUA_CHINH_PHU', { voteId: null, ...over });

  it('holds for the province the closed vote elected', () => {
    expect(run('R-CO-CP-ONE-PER-CLUSTER', flag(), { votes: [vote()] })?.holds).toBe(true);
  });

  it("fails for another member's People's Committee when the cluster voted, even with no other flag proposal", () => {
    const out = run('R-CO-CP-ONE-PER-CLUSTER', flag({ provinceId: 'son-la', recipientName: 'Ủy ban nhân dân tỉnh Sơn La' }), {
      votes: [vote()],
    });
    expect(out).toMatchObject({ holds: false });
    expect(out?.explanation).toContain('Cao Bằng');
  });

  it('fails when the vote missed its quorum or elected more than one leader', () => {
    expect(run('R-CO-CP-ONE-PER-CLUSTER', flag(), { votes: [vote({ quorumMet: false })] })?.holds).toBe(false);
    const two = vote({ electedProvinceIds: ['cao-bang', 'son-la'], electedNames: ['Cao Bằng', 'Sơn La'] });
    expect(run('R-CO-CP-ONE-PER-CLUSTER', flag(), { votes: [two] })?.explanation).toContain('mỗi cụm chỉ một đơn vị dẫn đầu');
  });

  it('ignores votes for other awards or years, and keeps the peers check without a vote', () => {
    expect(
      run('R-CO-CP-ONE-PER-CLUSTER', flag({ provinceId: 'son-la' }), {
        votes: [vote({ awardCode: 'BANG_KHEN_THU_TUONG' }), vote({ year: 2023 })],
      })?.holds,
    ).toBe(true);
    const peer = flag({ id: 'p2', recipientName: 'Ủy ban nhân dân tỉnh Hà Giang', provinceId: 'ha-giang' });
    expect(run('R-CO-CP-ONE-PER-CLUSTER', flag(), { clusterPeers: [peer] })?.holds).toBe(false);
  });

  it('runs through the engine with the other rules', () => {
    const out = evaluateRules({
      subject: proposal('CO_THI_DUA_CHINH_PHU'),
      history: [],
      clusterPeers: [],
      today: '2025-01-20',
      votes: [vote()],
    });
    expect(
      out.filter((e) => ['R-CO-CP-ONE-PER-CLUSTER', 'R-CLUSTER-VOTE-ELECTED'].includes(e.ruleId)).map((e) => [e.ruleId, e.holds]),
    ).toEqual([
      ['R-CO-CP-ONE-PER-CLUSTER', true],
      ['R-CLUSTER-VOTE-ELECTED', true],
    ]);
  });
});
