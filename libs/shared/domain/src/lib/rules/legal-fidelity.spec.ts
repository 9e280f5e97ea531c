import { AwardCategory, AwardLevel, CommendationKind, CommendationStatus, RecipientKind } from '@tdkt/shared/contracts';
import { classifyAuthority } from './authority';
import { DEADLINE_REGIMES, ELIGIBILITY_RULES, RULE_SET_VERSION, YEARLY_TITLE_EARLIEST_DECISION, ruleById } from './eligibility-rules';
import { evaluateRules } from './engine';
import { AwardFact, RuleInput, RuleOutcome } from './rule';

/** Issue #17: chains count each year once, rules judge the right kinds, and the new rules of Art. 25.1, 26.1, 42–44. */

const LEVELS: Record<string, AwardLevel> = {
  BANG_KHEN_THU_TUONG: AwardLevel.GOVERNMENT,
  BANG_KHEN_TINH: AwardLevel.PROVINCE,
  CO_THI_DUA_CHINH_PHU: AwardLevel.GOVERNMENT,
  CO_THI_DUA_TINH: AwardLevel.PROVINCE,
  CSTD_TOAN_QUOC: AwardLevel.GOVERNMENT,
  CSTD_TINH: AwardLevel.PROVINCE,
  GIAY_KHEN: AwardLevel.GRASSROOTS,
  HUAN_CHUONG_LAO_DONG_1: AwardLevel.STATE,
  HUAN_CHUONG_LAO_DONG_2: AwardLevel.STATE,
  HUAN_CHUONG_LAO_DONG_3: AwardLevel.STATE,
  TAP_THE_LAO_DONG_XUAT_SAC: AwardLevel.PROVINCE,
};
const FORMS = [
  'BANG_KHEN_THU_TUONG',
  'BANG_KHEN_TINH',
  'GIAY_KHEN',
  'HUAN_CHUONG_LAO_DONG_1',
  'HUAN_CHUONG_LAO_DONG_2',
  'HUAN_CHUONG_LAO_DONG_3',
];

let seq = 0;
function award(awardCode: string, achievementYear: number | null, over: Partial<AwardFact> = {}): AwardFact {
  seq += 1;
  return {
    id: `b${seq}`,
    achievementYear,
    awardCode,
    awardName: awardCode,
    category: FORMS.includes(awardCode) ? AwardCategory.COMMENDATION_FORM : AwardCategory.EMULATION_TITLE,
    decidingAuthority: 'Chủ tịch UBND huyện Chiêm Hóa',
    decisionDate: achievementYear ? `${achievementYear + 1}-01-15` : null,
    kind: CommendationKind.REGULAR,
    level: LEVELS[awardCode] ?? AwardLevel.GRASSROOTS,
    recipientKinds: [RecipientKind.INDIVIDUAL, RecipientKind.COLLECTIVE, RecipientKind.HOUSEHOLD],
    recipientKind: RecipientKind.INDIVIDUAL,
    recipientName: 'Ma Thị Hường',
    status: CommendationStatus.APPROVED,
    ...over,
  };
}
const coll = (code: string, year: number, over: Partial<AwardFact> = {}) =>
  award(code, year, { recipientKind: RecipientKind.COLLECTIVE, recipientName: 'Trường THPT Chiêm Hóa', ...over });

function run(ruleId: string, subject: AwardFact, history: AwardFact[] = [], more: Partial<RuleInput> = {}): RuleOutcome | null {
  const rule = ruleById(ruleId);
  if (!rule?.evaluate) throw new Error(ruleId);
  return rule.evaluate({ subject, history, clusterPeers: [], today: '2026-11-26', ...more });
}

describe('rule versions', () => {
  it('every rule carries a version; the rules changed by issue #17 and the new ones carry the new one', () => {
    for (const r of ELIGIBILITY_RULES) expect(r.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    const changed = [
      'R-CSTD-TINH-CHAIN',
      'R-CSTD-TQ-CHAIN',
      'R-CSTD-CS-LDTT',
      'R-BK-TTG-INDIV',
      'R-BK-TTG-COLL',
      'R-HCLD3-INDIV',
      'R-HCLD2-INDIV',
      'R-HCLD1-INDIV',
      'R-ONE-ACHIEVEMENT',
      'R-AUTHORITY',
      'R-DECISION-AFTER-ACHIEVEMENT',
      'R-DEADLINE',
      'R-HCLD3-COLL',
      'R-HCLD2-COLL',
      'R-HCLD1-COLL',
      'R-CO-CP-PROVINCE-FLAG',
      'R-CO-TINH-ONE-PER-CLUSTER',
    ];
    for (const id of changed) expect(ruleById(id)?.version).toBe(RULE_SET_VERSION);
    expect(ruleById('R-RECIPIENT-KIND')?.version).not.toBe(RULE_SET_VERSION);
  });
  it('evaluations carry their rule version and, where the rule says so, a lower severity', () => {
    const out = evaluateRules({ subject: award('CSTD_CO_SO', 2024), history: [], clusterPeers: [], today: '2026-01-01' });
    expect(out.find((e) => e.ruleId === 'R-CSTD-CS-LDTT')).toMatchObject({ severity: 'WARNING', ruleVersion: RULE_SET_VERSION });
  });
});

describe('R-CSTD-TINH-CHAIN counts each CSTĐCS year once (law-notes §3.4 item 8)', () => {
  const cs = [2019, 2020, 2021, 2022, 2023, 2024].map((y) => award('CSTD_CO_SO', y));
  it('passes for 2021 but not again for 2022, which would reuse 2020–2021', () => {
    const first = award('CSTD_TINH', 2021);
    expect(run('R-CSTD-TINH-CHAIN', first, cs)?.holds).toBe(true);
    const second = run('R-CSTD-TINH-CHAIN', award('CSTD_TINH', 2022), [...cs, first]);
    expect(second?.holds).toBe(false);
    expect(second?.explanation).toContain('Chiến sĩ thi đua cấp tỉnh năm 2021');
    expect(second?.explanation).toContain('2022–2024');
    expect(second?.evidenceIds).toContain(first.id);
  });
  it('at the edge: the next chain may start the year right after the previous title (2021 → 2024), not a year earlier (2023)', () => {
    const first = award('CSTD_TINH', 2021);
    expect(run('R-CSTD-TINH-CHAIN', award('CSTD_TINH', 2024), [...cs, first])?.holds).toBe(true);
    expect(run('R-CSTD-TINH-CHAIN', award('CSTD_TINH', 2023), [...cs, first])?.holds).toBe(false);
  });
  it('a revoked or returned earlier title does not use the years up', () => {
    const revoked = award('CSTD_TINH', 2021, { status: CommendationStatus.REVOKED });
    const returned = award('CSTD_TINH', 2021, { status: CommendationStatus.RETURNED, decisionDate: null });
    expect(run('R-CSTD-TINH-CHAIN', award('CSTD_TINH', 2022), [...cs, revoked, returned])?.holds).toBe(true);
  });
});

describe('R-CSTD-TQ-CHAIN: exactly three years between the two provincial titles, each used once', () => {
  const subject = award('CSTD_TOAN_QUOC', 2023, { decisionDate: '2024-10-18' });
  it('passes with 2020 and 2023; fails with 2021 and 2023 or 2022 and 2023 (overlapping terms)', () => {
    expect(run('R-CSTD-TQ-CHAIN', subject, [award('CSTD_TINH', 2020), award('CSTD_TINH', 2023)])?.holds).toBe(true);
    const out = run('R-CSTD-TQ-CHAIN', subject, [award('CSTD_TINH', 2021), award('CSTD_TINH', 2023)]);
    expect(out?.holds).toBe(false);
    expect(out?.explanation).toContain('năm 2020');
    expect(run('R-CSTD-TQ-CHAIN', subject, [award('CSTD_TINH', 2022), award('CSTD_TINH', 2023)])?.holds).toBe(false);
  });
  it('a provincial title already used for an earlier CSTĐ toàn quốc does not count again', () => {
    const h = [award('CSTD_TINH', 2017), award('CSTD_TINH', 2020), award('CSTD_TOAN_QUOC', 2020), award('CSTD_TINH', 2023)];
    const out = run('R-CSTD-TQ-CHAIN', subject, h);
    expect(out?.holds).toBe(false);
    expect(out?.explanation).toContain('Chiến sĩ thi đua toàn quốc năm 2020');
    expect(run('R-CSTD-TQ-CHAIN', award('CSTD_TOAN_QUOC', 2026), [...h, award('CSTD_TINH', 2026)])?.holds).toBe(true);
  });
});

describe('R-BK-TTG-INDIV (laterChain): the BK tỉnh that led to a BK Thủ tướng opens no second one', () => {
  const h = [award('BANG_KHEN_TINH', 2015), ...[2017, 2018, 2019, 2021, 2022, 2023].map((y) => award('CSTD_CO_SO', y))];
  it('passes once, then fails for a second BK Thủ tướng on the same BK tỉnh', () => {
    const first = award('BANG_KHEN_THU_TUONG', 2020);
    expect(run('R-BK-TTG-INDIV', first, h)?.holds).toBe(true);
    const second = run('R-BK-TTG-INDIV', award('BANG_KHEN_THU_TUONG', 2023), [...h, first]);
    expect(second?.holds).toBe(false);
    expect(second?.explanation).toContain('Bằng khen của Thủ tướng Chính phủ năm 2020');
  });
  it('a new BK tỉnh after the first BK Thủ tướng opens a new window', () => {
    const first = award('BANG_KHEN_THU_TUONG', 2020);
    const more = [award('BANG_KHEN_TINH', 2021), ...[2023, 2024, 2026].map((y) => award('CSTD_CO_SO', y))];
    expect(run('R-BK-TTG-INDIV', award('BANG_KHEN_THU_TUONG', 2026), [...h, first, ...more])?.holds).toBe(true);
  });
});

describe('R-HCLD3/2/1-INDIV judge regular awards only and count each year once', () => {
  const h = [award('BANG_KHEN_THU_TUONG', 2017), award('CSTD_CO_SO', 2019), award('CSTD_CO_SO', 2021), award('CSTD_CO_SO', 2023)];
  it.each([CommendationKind.CONTRIBUTION, CommendationKind.EXTRAORDINARY, CommendationKind.THEMATIC])('stay silent on kind %s', (kind) => {
    for (const [id, code] of [
      ['R-HCLD3-INDIV', 'HUAN_CHUONG_LAO_DONG_3'],
      ['R-HCLD2-INDIV', 'HUAN_CHUONG_LAO_DONG_2'],
      ['R-HCLD1-INDIV', 'HUAN_CHUONG_LAO_DONG_1'],
    ])
      expect(run(id, award(code, 2023, { kind }), [])).toBeNull();
  });
  it('class Ba: an earlier class Ba on the same BK Thủ tướng uses it up', () => {
    const first = award('HUAN_CHUONG_LAO_DONG_3', 2023);
    expect(run('R-HCLD3-INDIV', first, h)?.holds).toBe(true);
    expect(run('R-HCLD3-INDIV', award('HUAN_CHUONG_LAO_DONG_3', 2025), [...h, first, award('CSTD_CO_SO', 2024)])?.holds).toBe(false);
  });
});

describe('R-HCLD3/2/1-COLL (Law Art. 44.4đ, 43.4d, 42.4d)', () => {
  const xs = (to: number) => [to - 4, to - 3, to - 2, to - 1, to].map((y) => coll('TAP_THE_LAO_DONG_XUAT_SAC', y));
  it('class Ba: BK Thủ tướng, then five TTLĐXS in a row with a Cờ CP, two Cờ tỉnh, a Cờ tỉnh and a BK tỉnh, or two BK tỉnh', () => {
    const s = coll('HUAN_CHUONG_LAO_DONG_3', 2024);
    const base = [coll('BANG_KHEN_THU_TUONG', 2019), ...xs(2024)];
    expect(run('R-HCLD3-COLL', s, [...base, coll('CO_THI_DUA_CHINH_PHU', 2022)])).toMatchObject({
      holds: true,
      branch: '1 Cờ thi đua của Chính phủ',
    });
    expect(run('R-HCLD3-COLL', s, [...base, coll('CO_THI_DUA_TINH', 2021), coll('CO_THI_DUA_TINH', 2023)])?.holds).toBe(true);
    expect(run('R-HCLD3-COLL', s, [...base, coll('CO_THI_DUA_TINH', 2021), coll('BANG_KHEN_TINH', 2023)])?.holds).toBe(true);
    expect(run('R-HCLD3-COLL', s, [...base, coll('BANG_KHEN_TINH', 2021), coll('BANG_KHEN_TINH', 2023)])?.holds).toBe(true);
    const out = run('R-HCLD3-COLL', s, [...base, coll('BANG_KHEN_TINH', 2021)]);
    expect(out?.holds).toBe(false);
    expect(out?.explanation).toContain('tìm thấy');
    expect(out?.evidenceNeeded.join(' ')).toContain('10 năm');
    expect(
      run('R-HCLD3-COLL', s, [coll('BANG_KHEN_THU_TUONG', 2019), ...xs(2024).slice(1), coll('CO_THI_DUA_CHINH_PHU', 2022)])?.explanation,
    ).toContain('thiếu 2020');
  });
  it('class Nhì needs 1 Cờ CP + 1 Cờ tỉnh, 3 Cờ tỉnh or 3 BK tỉnh; class Nhất 2 Cờ CP, 1 Cờ CP + 2 Cờ tỉnh, 4 Cờ tỉnh or 4 BK tỉnh', () => {
    const two = coll('HUAN_CHUONG_LAO_DONG_2', 2024);
    const base2 = [coll('HUAN_CHUONG_LAO_DONG_3', 2019), ...xs(2024)];
    expect(run('R-HCLD2-COLL', two, [...base2, coll('CO_THI_DUA_CHINH_PHU', 2021), coll('CO_THI_DUA_TINH', 2022)])?.holds).toBe(true);
    expect(run('R-HCLD2-COLL', two, [...base2, coll('CO_THI_DUA_CHINH_PHU', 2021)])?.holds).toBe(false);
    const one = coll('HUAN_CHUONG_LAO_DONG_1', 2024);
    const base1 = [coll('HUAN_CHUONG_LAO_DONG_2', 2019), ...xs(2024)];
    expect(run('R-HCLD1-COLL', one, [...base1, ...[2020, 2021, 2022, 2023].map((y) => coll('BANG_KHEN_TINH', y))])?.holds).toBe(true);
    expect(run('R-HCLD1-COLL', one, [...base1, coll('CO_THI_DUA_CHINH_PHU', 2021), coll('CO_THI_DUA_TINH', 2022)])?.holds).toBe(false);
  });
  it('judges collectives only and regular awards only', () => {
    expect(run('R-HCLD3-COLL', award('HUAN_CHUONG_LAO_DONG_3', 2024))).toBeNull();
    expect(run('R-HCLD3-COLL', coll('HUAN_CHUONG_LAO_DONG_3', 2024, { kind: CommendationKind.CONTRIBUTION }))).toBeNull();
  });
});

describe('R-CSTD-CS-LDTT: a missing Lao động tiên tiến record is missing evidence, a revoked one an error', () => {
  it('warns, naming what to look for, when no LĐTT of the year is recorded here', () => {
    const out = run('R-CSTD-CS-LDTT', award('CSTD_CO_SO', 2024), []);
    expect(out).toMatchObject({ holds: false, severity: 'WARNING' });
    expect(out?.explanation).toContain('chưa có bản ghi Lao động tiên tiến năm 2024');
    expect(out?.evidenceNeeded[0]).toContain('Lao động tiên tiến năm 2024');
  });
  it('stays an error when the year’s LĐTT was revoked', () => {
    const revoked = award('LAO_DONG_TIEN_TIEN', 2024, { status: CommendationStatus.REVOKED });
    const out = run('R-CSTD-CS-LDTT', award('CSTD_CO_SO', 2024), [revoked]);
    expect(out).toMatchObject({ holds: false, evidenceIds: [revoked.id] });
    expect(out?.severity ?? 'ERROR').toBe('ERROR');
  });
});

describe('R-AUTHORITY: ministers decide grassroots titles for their own units (Art. 79.3)', () => {
  it('classifies a minister apart from a provincial chairman', () => {
    expect(classifyAuthority('Bộ trưởng Bộ Giáo dục và Đào tạo')).toBe('MINISTER');
    expect(classifyAuthority('Chủ tịch UBND tỉnh Lào Cai')).toBe('PROVINCE');
  });
  it('holds for CSTĐCS, LĐTT and TTLĐTT signed by a minister; fails for a Giấy khen signed by one', () => {
    const by = { decidingAuthority: 'Bộ trưởng Bộ Giáo dục và Đào tạo' };
    for (const code of ['CSTD_CO_SO', 'LAO_DONG_TIEN_TIEN', 'TAP_THE_LAO_DONG_TIEN_TIEN'])
      expect(run('R-AUTHORITY', award(code, 2024, by))?.holds).toBe(true);
    expect(run('R-AUTHORITY', award('GIAY_KHEN', 2024, by))?.holds).toBe(false);
    expect(run('R-AUTHORITY', award('BANG_KHEN_TINH', 2024, by))?.holds).toBe(true);
  });
});

describe('R-DEADLINE: Decree 98/2023 until its repeal on 1/7/2025, Decree 152/2025 after', () => {
  const flag = (over: Partial<AwardFact>) =>
    coll('CO_THI_DUA_CHINH_PHU', 2024, { status: CommendationStatus.SUBMITTED, decisionDate: null, ...over });
  it('has two dated regimes that meet on 2025-06-30 / 2025-07-01, each naming its source', () => {
    expect(DEADLINE_REGIMES.map((r) => [r.validFrom, r.validTo])).toEqual([
      ['2024-01-01', '2025-06-30'],
      ['2025-07-01', null],
    ]);
    for (const r of DEADLINE_REGIMES) expect(r.source).toMatch(/Nghị định (98\/2023|152\/2025)/);
  });
  it('cites Decree 98 for a dossier sent on 30/6/2025 and Decree 152 for one sent on 2/7/2025', () => {
    const before = run(
      'R-DEADLINE',
      coll('CO_THI_DUA_CHINH_PHU', 2024, { status: CommendationStatus.SUBMITTED, decisionDate: null, submittedOn: '2025-06-30' }),
    );
    expect(before?.holds).toBe(true);
    expect(before?.explanation).toContain('Nghị định 98/2023/NĐ-CP');
    const after = run('R-DEADLINE', flag({ submittedOn: '2025-07-02' }));
    expect(after?.holds).toBe(false);
    expect(after?.explanation).toContain('Nghị định 152/2025/NĐ-CP');
    expect(after?.explanation).not.toContain('Nghị định 98/2023');
  });
  it('the rule’s own basis no longer names Decree 98 alone', () => {
    expect(ruleById('R-DEADLINE')?.basis).toContain('Nghị định 152/2025/NĐ-CP');
  });
});

describe('R-DECISION-AFTER-ACHIEVEMENT: the right article, and yearly titles decided in the middle of their year', () => {
  it('cites the Law’s grounds for titles and commendation, not Article 8', () => {
    expect(ruleById('R-DECISION-AFTER-ACHIEVEMENT')?.basis).not.toMatch(/Điều 8\b/);
    expect(ruleById('R-DECISION-AFTER-ACHIEVEMENT')?.basis).toMatch(/Điều 7/);
  });
  it(`fails for a yearly title decided before ${YEARLY_TITLE_EARLIEST_DECISION} of its own year, holds on that day and for forms`, () => {
    const [mm, dd] = YEARLY_TITLE_EARLIEST_DECISION.split('-');
    const out = run('R-DECISION-AFTER-ACHIEVEMENT', award('CSTD_CO_SO', 2024, { decisionDate: '2024-05-20' }));
    expect(out?.holds).toBe(false);
    expect(out?.explanation).toContain('20/05/2024');
    expect(run('R-DECISION-AFTER-ACHIEVEMENT', award('CSTD_CO_SO', 2024, { decisionDate: `2024-${mm}-${dd}` }))?.holds).toBe(true);
    expect(run('R-DECISION-AFTER-ACHIEVEMENT', award('BANG_KHEN_TINH', 2024, { decisionDate: '2024-05-20' }))?.holds).toBe(true);
  });
});

describe('R-ONE-ACHIEVEMENT: one achievement rewarded with several forms at once', () => {
  it('fails for a BK tỉnh and a BK Thủ tướng for the same year’s work, naming the other record', () => {
    const bk = award('BANG_KHEN_TINH', 2024, {
      awardName: 'Bằng khen của Chủ tịch UBND tỉnh',
      decidingAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang',
    });
    const out = run('R-ONE-ACHIEVEMENT', award('BANG_KHEN_THU_TUONG', 2024), [bk]);
    expect(out).toMatchObject({ holds: false, evidenceIds: [bk.id] });
    expect(out?.explanation).toContain('Bằng khen của Chủ tịch UBND tỉnh');
  });
  it('holds for a title and a form of the same year (CSTĐCS and BK tỉnh), forms of other years, or extraordinary ones', () => {
    expect(
      run('R-ONE-ACHIEVEMENT', award('BANG_KHEN_TINH', 2024), [award('CSTD_CO_SO', 2024), award('LAO_DONG_TIEN_TIEN', 2024)])?.holds,
    ).toBe(true);
    expect(run('R-ONE-ACHIEVEMENT', award('BANG_KHEN_THU_TUONG', 2024), [award('BANG_KHEN_TINH', 2023)])?.holds).toBe(true);
    expect(
      run('R-ONE-ACHIEVEMENT', award('BANG_KHEN_THU_TUONG', 2024), [
        award('BANG_KHEN_TINH', 2024, { kind: CommendationKind.EXTRAORDINARY }),
      ])?.holds,
    ).toBe(true);
  });
});

describe('R-CO-CP-PROVINCE-FLAG (Law Art. 25.1): a unit’s Government flag needs the provincial flag of the same year', () => {
  it('holds with a Cờ thi đua cấp tỉnh of the same year, decided or proposed; warns without one', () => {
    const s = coll('CO_THI_DUA_CHINH_PHU', 2024);
    const flag = coll('CO_THI_DUA_TINH', 2024);
    expect(run('R-CO-CP-PROVINCE-FLAG', s, [flag])).toMatchObject({ holds: true, evidenceIds: [flag.id] });
    expect(
      run('R-CO-CP-PROVINCE-FLAG', s, [coll('CO_THI_DUA_TINH', 2024, { status: CommendationStatus.SUBMITTED, decisionDate: null })])?.holds,
    ).toBe(true);
    const out = run('R-CO-CP-PROVINCE-FLAG', s, [coll('CO_THI_DUA_TINH', 2023)]);
    expect(out?.holds).toBe(false);
    expect(out?.explanation).toContain('Cờ thi đua cấp tỉnh năm 2024');
    expect(ruleById('R-CO-CP-PROVINCE-FLAG')?.severity).toBe('WARNING');
  });
  it('leaves the leading province of a Central-council cluster to Art. 25.2', () => {
    expect(run('R-CO-CP-PROVINCE-FLAG', coll('CO_THI_DUA_CHINH_PHU', 2024, { recipientName: 'Ủy ban nhân dân tỉnh Lào Cai' }))).toBeNull();
  });
});

describe('R-CO-TINH-ONE-PER-CLUSTER (Law Art. 26.1): one provincial flag per province-run cluster and year', () => {
  const flag = (name: string, over: Partial<AwardFact> = {}) =>
    coll('CO_THI_DUA_TINH', 2024, { recipientName: name, provinceCluster: 'Khối các sở, ngành kinh tế', ...over });
  it('fails when two units of one provincial bloc get the flag for one year', () => {
    const other = flag('Sở Tài chính');
    const out = run('R-CO-TINH-ONE-PER-CLUSTER', flag('Sở Xây dựng'), [], { clusterPeers: [other] });
    expect(out).toMatchObject({ holds: false });
    expect(out?.explanation).toContain('Sở Tài chính');
    expect(out?.explanation).toContain('Khối các sở, ngành kinh tế');
  });
  it('holds across blocs, years, returned proposals, thematic flags (Art. 26.2), and is silent without a bloc', () => {
    const peers = [
      flag('Sở Y tế', { provinceCluster: 'Khối văn hóa - xã hội' }),
      flag('Sở Tài chính', { achievementYear: 2023 }),
      flag('Sở Công Thương', { status: CommendationStatus.RETURNED }),
      flag('Sở Nội vụ', { kind: CommendationKind.THEMATIC }),
    ];
    expect(run('R-CO-TINH-ONE-PER-CLUSTER', flag('Sở Xây dựng'), [], { clusterPeers: peers })?.holds).toBe(true);
    expect(run('R-CO-TINH-ONE-PER-CLUSTER', flag('Sở Xây dựng', { provinceCluster: null }), [], { clusterPeers: peers })).toBeNull();
  });
});
