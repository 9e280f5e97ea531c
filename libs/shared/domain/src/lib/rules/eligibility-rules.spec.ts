import { AwardLevel, CommendationKind, CommendationStatus, RecipientKind } from '@tdkt/shared/contracts';
import { classifyAuthority } from './authority';
import { ELIGIBILITY_RULES, ruleById } from './eligibility-rules';
import { evaluateRules } from './engine';
import { countsTowardChain } from './history';
import { AwardFact, RuleInput, RuleOutcome } from './rule';

const LEVELS: Record<string, AwardLevel> = {
  BANG_KHEN_THU_TUONG: AwardLevel.GOVERNMENT,
  BANG_KHEN_TINH: AwardLevel.PROVINCE,
  CO_THI_DUA_CHINH_PHU: AwardLevel.GOVERNMENT,
  CO_THI_DUA_TINH: AwardLevel.PROVINCE,
  CSTD_TOAN_QUOC: AwardLevel.GOVERNMENT,
  CSTD_TINH: AwardLevel.PROVINCE,
  HUAN_CHUONG_LAO_DONG_1: AwardLevel.STATE,
  HUAN_CHUONG_LAO_DONG_2: AwardLevel.STATE,
  HUAN_CHUONG_LAO_DONG_3: AwardLevel.STATE,
  TAP_THE_LAO_DONG_XUAT_SAC: AwardLevel.PROVINCE,
};

let seq = 0;
/** A decided REGULAR award to one individual, decided in January after its achievement year. */
function award(awardCode: string, achievementYear: number | null, over: Partial<AwardFact> = {}): AwardFact {
  seq += 1;
  return {
    id: `a${seq}`,
    achievementYear,
    awardCode,
    awardName: awardCode,
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

function run(ruleId: string, subject: AwardFact, history: AwardFact[] = [], more: Partial<RuleInput> = {}): RuleOutcome | null {
  const rule = ruleById(ruleId);
  if (!rule?.evaluate) throw new Error(ruleId);
  return rule.evaluate({ subject, history, clusterPeers: [], today: '2026-11-26', ...more });
}

describe('rule registry', () => {
  it('lists every rule of awards.md once, each with a basis, a severity and its dates', () => {
    const ids = ELIGIBILITY_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'R-CSTD-TINH-CHAIN',
        'R-CSTD-TQ-CHAIN',
        'R-CSTD-CS-LDTT',
        'R-BK-TINH-INDIV',
        'R-BK-TINH-COLL',
        'R-BK-TTG-INDIV',
        'R-BK-TTG-COLL',
        'R-HCLD3-INDIV',
        'R-HCLD2-INDIV',
        'R-HCLD1-INDIV',
        'R-ONE-ACHIEVEMENT',
        'R-EXTRA-NOT-COUNTED',
        'R-AUTHORITY',
        'R-RECIPIENT-KIND',
        'R-CO-CP-ONE-PER-CLUSTER',
        'R-DECISION-AFTER-ACHIEVEMENT',
        'R-DEADLINE',
      ]),
    );
    for (const r of ELIGIBILITY_RULES) {
      expect(r.basis).toMatch(/Luật|Nghị định/);
      expect(['ERROR', 'WARNING', 'INPUT', 'BLOCKING']).toContain(r.severity);
      if (r.severity !== 'INPUT') expect(r.evaluate).toBeDefined();
    }
    expect(ELIGIBILITY_RULES.filter((r) => r.severity === 'BLOCKING').map((r) => r.id)).toEqual(['R-RECIPIENT-KIND']);
  });
});

describe('R-CSTD-TINH-CHAIN (Law Art. 22.1a)', () => {
  const subject = award('CSTD_TINH', 2024);
  it('holds with CSTĐCS 2022, 2023 and 2024', () => {
    const h = [award('CSTD_CO_SO', 2022), award('CSTD_CO_SO', 2023), award('CSTD_CO_SO', 2024)];
    expect(run('R-CSTD-TINH-CHAIN', subject, h)).toMatchObject({ holds: true, evidenceIds: h.map((a) => a.id) });
  });
  it('fails on a gap year and names the years found and the one missing', () => {
    const h = [award('CSTD_CO_SO', 2022), award('LAO_DONG_TIEN_TIEN', 2023), award('CSTD_CO_SO', 2024)];
    const out = run('R-CSTD-TINH-CHAIN', subject, h);
    expect(out?.holds).toBe(false);
    expect(out?.explanation).toBe(
      'Chiến sĩ thi đua cấp tỉnh cần Chiến sĩ thi đua cơ sở 3 năm liên tục 2022–2024; tìm thấy 2022 và 2024, thiếu 2023.',
    );
    expect(out?.evidenceIds).toEqual([h[0].id, h[2].id]);
  });
  it('does not count a revoked or undecided CSTĐCS', () => {
    const h = [
      award('CSTD_CO_SO', 2022),
      award('CSTD_CO_SO', 2023, { status: CommendationStatus.REVOKED }),
      award('CSTD_CO_SO', 2024, { status: CommendationStatus.SUBMITTED }),
    ];
    expect(run('R-CSTD-TINH-CHAIN', subject, h)?.explanation).toContain('thiếu 2023 và 2024');
  });
  it('does not count an extraordinary CSTĐCS once Decree 152 applies (decision after 2025-07-01), but does before', () => {
    const h = [award('CSTD_CO_SO', 2023), award('CSTD_CO_SO', 2024, { kind: CommendationKind.EXTRAORDINARY }), award('CSTD_CO_SO', 2025)];
    const after = run('R-CSTD-TINH-CHAIN', award('CSTD_TINH', 2025, { decisionDate: '2025-12-20' }), h);
    expect(after?.holds).toBe(false);
    expect(after?.explanation).toContain('thiếu 2024');
    expect(after?.explanation).toContain('Nghị định 152/2025/NĐ-CP Điều 4.3');
    expect(run('R-CSTD-TINH-CHAIN', award('CSTD_TINH', 2025, { decisionDate: '2025-06-20' }), h)?.holds).toBe(true);
  });
  it('is not in force for decisions under the 2003 law', () => {
    expect(
      evaluateRules({
        subject: award('CSTD_TINH', 2022, { decisionDate: '2023-03-01' }),
        history: [],
        clusterPeers: [],
        today: '2026-01-01',
      }),
    ).toEqual(expect.not.arrayContaining([expect.objectContaining({ ruleId: 'R-CSTD-TINH-CHAIN' })]));
  });
  it('skips a record without an achievement year', () => {
    expect(run('R-CSTD-TINH-CHAIN', award('CSTD_TINH', null), [])).toBeNull();
  });
});

describe('R-EXTRA-NOT-COUNTED (Decree 152 Art. 4.3)', () => {
  it('leaves out extraordinary and thematic awards from 2025-07-01 only', () => {
    const extra = award('CSTD_CO_SO', 2024, { kind: CommendationKind.EXTRAORDINARY });
    const thematic = award('CSTD_CO_SO', 2024, { kind: CommendationKind.THEMATIC });
    expect(countsTowardChain(extra, '2025-06-30')).toBe(true);
    expect(countsTowardChain(extra, '2025-07-01')).toBe(false);
    expect(countsTowardChain(thematic, '2025-07-01')).toBe(false);
    expect(countsTowardChain(award('CSTD_CO_SO', 2024), '2026-01-01')).toBe(true);
  });
});

describe('R-CSTD-TQ-CHAIN (Law Art. 21.1a)', () => {
  const subject = award('CSTD_TOAN_QUOC', 2023, { decisionDate: '2024-10-18' });
  it('holds with CSTĐ tỉnh 2020 and 2023', () => {
    expect(run('R-CSTD-TQ-CHAIN', subject, [award('CSTD_TINH', 2020), award('CSTD_TINH', 2023)])?.holds).toBe(true);
  });
  it('fails when the two periods leave a gap (2019 and 2023)', () => {
    const out = run('R-CSTD-TQ-CHAIN', subject, [award('CSTD_TINH', 2019), award('CSTD_TINH', 2023)]);
    expect(out?.holds).toBe(false);
    expect(out?.explanation).toContain('tìm thấy 2019 và 2023');
  });
  it('fails when the latest period does not end in the proposal year', () => {
    expect(run('R-CSTD-TQ-CHAIN', subject, [award('CSTD_TINH', 2019), award('CSTD_TINH', 2022)])?.holds).toBe(false);
  });
  it('fails with only one CSTĐ tỉnh', () => {
    expect(run('R-CSTD-TQ-CHAIN', subject, [award('CSTD_TINH', 2023)])?.holds).toBe(false);
  });
});

describe('R-CSTD-CS-LDTT (Law Art. 23)', () => {
  it('holds with an LĐTT of the same year, decided or still proposed', () => {
    expect(run('R-CSTD-CS-LDTT', award('CSTD_CO_SO', 2024), [award('LAO_DONG_TIEN_TIEN', 2024)])?.holds).toBe(true);
    const draft = award('LAO_DONG_TIEN_TIEN', 2024, { status: CommendationStatus.DRAFT, decisionDate: null });
    expect(run('R-CSTD-CS-LDTT', award('CSTD_CO_SO', 2024), [draft])?.explanation).toContain('đang đề nghị');
  });
  it('fails with an LĐTT of another year only', () => {
    const out = run('R-CSTD-CS-LDTT', award('CSTD_CO_SO', 2024), [award('LAO_DONG_TIEN_TIEN', 2023)]);
    expect(out).toMatchObject({ holds: false, evidenceIds: [] });
    expect(out?.explanation).toContain('chưa có bản ghi Lao động tiên tiến năm 2024');
  });
  it('fails with a revoked LĐTT', () => {
    expect(
      run('R-CSTD-CS-LDTT', award('CSTD_CO_SO', 2024), [award('LAO_DONG_TIEN_TIEN', 2024, { status: CommendationStatus.REVOKED })])?.holds,
    ).toBe(false);
  });
});

describe('R-BK-TINH-INDIV and R-BK-TINH-COLL (Law Art. 74, anyOf)', () => {
  it('reports the mechanical branch that passed', () => {
    const out = run('R-BK-TINH-INDIV', award('BANG_KHEN_TINH', 2024), [award('CSTD_CO_SO', 2023), award('CSTD_CO_SO', 2024)]);
    expect(out).toMatchObject({ holds: true, branch: '2 năm liên tục Chiến sĩ thi đua cơ sở' });
  });
  it('names the evidence a reviewer must look for when no mechanical branch passed', () => {
    const out = run('R-BK-TINH-INDIV', award('BANG_KHEN_TINH', 2024), [award('CSTD_CO_SO', 2022), award('CSTD_CO_SO', 2024)]);
    expect(out?.holds).toBe(false);
    expect(out?.evidenceNeeded).toEqual([
      '2 năm liên tục hoàn thành xuất sắc nhiệm vụ (2023, 2024)',
      '2 sáng kiến (hoặc 2 đề tài khoa học) được áp dụng tại cơ sở',
    ]);
  });
  it('ignores extraordinary certificates and collectives for the individual rule', () => {
    expect(run('R-BK-TINH-INDIV', award('BANG_KHEN_TINH', 2024, { kind: CommendationKind.EXTRAORDINARY }))).toBeNull();
    expect(run('R-BK-TINH-INDIV', award('BANG_KHEN_TINH', 2024, { recipientKind: RecipientKind.COLLECTIVE }))).toBeNull();
  });
  it('checks two consecutive TTLĐXS for a collective', () => {
    const c = { recipientKind: RecipientKind.COLLECTIVE };
    expect(
      run('R-BK-TINH-COLL', award('BANG_KHEN_TINH', 2024, c), [
        award('TAP_THE_LAO_DONG_XUAT_SAC', 2023, c),
        award('TAP_THE_LAO_DONG_XUAT_SAC', 2024, c),
      ])?.holds,
    ).toBe(true);
    expect(run('R-BK-TINH-COLL', award('BANG_KHEN_TINH', 2024, c), [award('TAP_THE_LAO_DONG_XUAT_SAC', 2024, c)])?.explanation).toContain(
      'thiếu 2023',
    );
  });
});

describe('R-BK-TTG-INDIV and R-BK-TTG-COLL (Law Art. 73)', () => {
  const subject = award('BANG_KHEN_THU_TUONG', 2024);
  it('holds with a BK tỉnh in 2018 and three CSTĐCS since', () => {
    const h = [award('BANG_KHEN_TINH', 2018), award('CSTD_CO_SO', 2020), award('CSTD_CO_SO', 2022), award('CSTD_CO_SO', 2024)];
    expect(run('R-BK-TTG-INDIV', subject, h)).toMatchObject({ holds: true, branch: '3 Chiến sĩ thi đua cơ sở' });
  });
  it('fails when the window since the BK tỉnh is shorter than five years', () => {
    const out = run('R-BK-TTG-INDIV', subject, [
      award('BANG_KHEN_TINH', 2021),
      award('CSTD_CO_SO', 2022),
      award('CSTD_CO_SO', 2023),
      award('CSTD_CO_SO', 2024),
    ]);
    expect(out?.holds).toBe(false);
    expect(out?.explanation).toContain('mới cách 3 năm');
  });
  it('fails without any BK tỉnh and says so', () => {
    expect(run('R-BK-TTG-INDIV', subject, [])?.explanation).toContain('không tìm thấy Bằng khen cấp tỉnh');
  });
  it('fails with only two CSTĐCS since', () => {
    expect(
      run('R-BK-TTG-INDIV', subject, [award('BANG_KHEN_TINH', 2018), award('CSTD_CO_SO', 2020), award('CSTD_CO_SO', 2022)])?.explanation,
    ).toContain('tìm thấy 2 Chiến sĩ thi đua cơ sở');
  });
  it('for collectives needs five TTLĐXS in a row and a provincial flag or two BK tỉnh', () => {
    const c = { recipientKind: RecipientKind.COLLECTIVE };
    const s = award('BANG_KHEN_THU_TUONG', 2024, c);
    const xs = [2020, 2021, 2022, 2023, 2024].map((y) => award('TAP_THE_LAO_DONG_XUAT_SAC', y, c));
    expect(run('R-BK-TTG-COLL', s, [award('BANG_KHEN_TINH', 2019, c), ...xs, award('CO_THI_DUA_TINH', 2022, c)])).toMatchObject({
      holds: true,
      branch: '1 Cờ thi đua cấp tỉnh',
    });
    expect(run('R-BK-TTG-COLL', s, [award('BANG_KHEN_TINH', 2019, c), ...xs, award('BANG_KHEN_TINH', 2021, c)])).toMatchObject({
      holds: false,
    });
    expect(
      run('R-BK-TTG-COLL', s, [
        award('BANG_KHEN_TINH', 2018, c),
        ...xs,
        award('BANG_KHEN_TINH', 2020, c),
        award('BANG_KHEN_TINH', 2023, c),
      ]),
    ).toMatchObject({
      holds: true,
      branch: '2 Bằng khen cấp tỉnh',
    });
    expect(
      run('R-BK-TTG-COLL', s, [award('BANG_KHEN_TINH', 2018, c), ...xs.filter((x) => x.achievementYear !== 2022)])?.explanation,
    ).toContain('thiếu 2022');
  });
});

describe('R-HCLD3/2/1-INDIV (Law Art. 44, 43, 42)', () => {
  it('Ba: BK Thủ tướng then three CSTĐCS', () => {
    const h = [award('BANG_KHEN_THU_TUONG', 2017), award('CSTD_CO_SO', 2019), award('CSTD_CO_SO', 2021), award('CSTD_CO_SO', 2023)];
    expect(run('R-HCLD3-INDIV', award('HUAN_CHUONG_LAO_DONG_3', 2023), h)?.holds).toBe(true);
    expect(run('R-HCLD3-INDIV', award('HUAN_CHUONG_LAO_DONG_3', 2023), h.slice(1))?.holds).toBe(false);
  });
  it('Nhì: class Ba then one CSTĐ tỉnh; Nhất: class Nhì then two', () => {
    expect(
      run('R-HCLD2-INDIV', award('HUAN_CHUONG_LAO_DONG_2', 2024), [award('HUAN_CHUONG_LAO_DONG_3', 2018), award('CSTD_TINH', 2022)])?.holds,
    ).toBe(true);
    expect(
      run('R-HCLD1-INDIV', award('HUAN_CHUONG_LAO_DONG_1', 2024), [award('HUAN_CHUONG_LAO_DONG_2', 2018), award('CSTD_TINH', 2022)])?.holds,
    ).toBe(false);
  });
});

describe('R-ONE-ACHIEVEMENT (Law Art. 5.2c)', () => {
  it('fails when the same award is recorded twice for one achievement year, naming both decisions', () => {
    const other = award('CSTD_CO_SO', 2023, {
      decidingAuthority: 'Giám đốc Sở Giáo dục và Đào tạo tỉnh Hòa Bình',
      decisionDate: '2023-09-08',
    });
    const out = run('R-ONE-ACHIEVEMENT', award('CSTD_CO_SO', 2023, { decisionDate: '2023-08-18' }), [other]);
    expect(out).toMatchObject({ holds: false, evidenceIds: [other.id] });
    expect(out?.explanation).toContain('08/09/2023 của Giám đốc Sở Giáo dục và Đào tạo tỉnh Hòa Bình');
  });
  it('holds for the same award in another year, or when the other one was revoked', () => {
    expect(run('R-ONE-ACHIEVEMENT', award('CSTD_CO_SO', 2023), [award('CSTD_CO_SO', 2022)])?.holds).toBe(true);
    expect(
      run('R-ONE-ACHIEVEMENT', award('CSTD_CO_SO', 2023), [award('CSTD_CO_SO', 2023, { status: CommendationStatus.REVOKED })])?.holds,
    ).toBe(true);
  });
});

describe('R-AUTHORITY (Law Art. 77–80; Decree 129/2025)', () => {
  it('classifies the usual signers', () => {
    expect(classifyAuthority('Chủ tịch nước')).toBe('STATE');
    expect(classifyAuthority('Thủ tướng Chính phủ')).toBe('GOVERNMENT');
    expect(classifyAuthority('Chủ tịch UBND tỉnh Tuyên Quang')).toBe('PROVINCE');
    expect(classifyAuthority('Chủ tịch UBND thành phố Hà Nội')).toBe('PROVINCE');
    expect(classifyAuthority('Chủ tịch UBND thành phố Lào Cai')).toBe('DISTRICT');
    expect(classifyAuthority('Chủ tịch UBND huyện Chiêm Hóa')).toBe('DISTRICT');
    expect(classifyAuthority('Chủ tịch UBND xã Minh Quang')).toBe('COMMUNE');
    expect(classifyAuthority('Giám đốc Sở Nội vụ tỉnh Lào Cai')).toBe('UNIT');
    expect(classifyAuthority('Ông Nguyễn Văn A')).toBeNull();
  });
  it('fails for a district chairman’s decision after 2025-06-30 and holds on that day', () => {
    const after = run('R-AUTHORITY', award('CSTD_CO_SO', 2025, { decisionDate: '2025-07-01' }));
    expect(after?.holds).toBe(false);
    expect(after?.explanation).toContain('Nghị định 129/2025/NĐ-CP');
    expect(run('R-AUTHORITY', award('CSTD_CO_SO', 2025, { decisionDate: '2025-06-30' }))?.holds).toBe(true);
    expect(
      run('R-AUTHORITY', award('CSTD_CO_SO', 2025, { decisionDate: '2025-07-01', decidingAuthority: 'Chủ tịch UBND xã Minh Quang' }))
        ?.holds,
    ).toBe(true);
  });
  it('fails when the level does not match the signer', () => {
    expect(run('R-AUTHORITY', award('BANG_KHEN_TINH', 2024, { decidingAuthority: 'Chủ tịch UBND huyện Bát Xát' }))?.holds).toBe(false);
    expect(run('R-AUTHORITY', award('BANG_KHEN_TINH', 2024, { decidingAuthority: 'Chủ tịch UBND tỉnh Lào Cai' }))?.holds).toBe(true);
    expect(run('R-AUTHORITY', award('CSTD_CO_SO', 2024, { decidingAuthority: 'Chủ tịch UBND xã Y Tý' }))?.holds).toBe(false);
  });
  it('stays silent on undecided proposals and unknown signers', () => {
    expect(run('R-AUTHORITY', award('CSTD_CO_SO', 2024, { decisionDate: null }))).toBeNull();
    expect(run('R-AUTHORITY', award('CSTD_CO_SO', 2024, { decidingAuthority: 'Ông A' }))).toBeNull();
  });
});

describe('R-RECIPIENT-KIND (Law Art. 19–20), shared with checkCommendation', () => {
  it('fails for an award that does not apply to the recipient kind', () => {
    const out = run(
      'R-RECIPIENT-KIND',
      award('CSTD_CO_SO', 2024, { recipientKind: RecipientKind.HOUSEHOLD, recipientKinds: [RecipientKind.INDIVIDUAL] }),
    );
    expect(out?.holds).toBe(false);
    expect(run('R-RECIPIENT-KIND', award('CSTD_CO_SO', 2024, { recipientKinds: [RecipientKind.INDIVIDUAL] }))?.holds).toBe(true);
  });
});

describe('R-CO-CP-ONE-PER-CLUSTER (Law Art. 25.2)', () => {
  const c = { recipientKind: RecipientKind.COLLECTIVE };
  const flag = (name: string, over: Partial<AwardFact> = {}) => award('CO_THI_DUA_CHINH_PHU', 2023, { ...c, recipientName: name, ...over });
  it('fails when two provinces of one cluster get the leader’s flag for one year', () => {
    const other = flag('Ủy ban nhân dân tỉnh Hà Giang');
    const out = run('R-CO-CP-ONE-PER-CLUSTER', flag('Ủy ban nhân dân tỉnh Lào Cai'), [], { clusterPeers: [other] });
    expect(out).toMatchObject({ holds: false });
    expect(out?.explanation).toContain('Ủy ban nhân dân tỉnh Hà Giang');
  });
  it('holds with one leader, and ignores unit flags (Art. 25.1), other years and returned proposals', () => {
    const peers = [
      flag('UBND huyện Bảo Thắng'),
      flag('Ủy ban nhân dân tỉnh Hà Giang', { achievementYear: 2022 }),
      flag('Ủy ban nhân dân tỉnh Yên Bái', { status: CommendationStatus.RETURNED }),
    ];
    expect(run('R-CO-CP-ONE-PER-CLUSTER', flag('Ủy ban nhân dân tỉnh Lào Cai'), [], { clusterPeers: peers })?.holds).toBe(true);
    expect(run('R-CO-CP-ONE-PER-CLUSTER', flag('Phòng Nội vụ huyện Bảo Thắng'), [], { clusterPeers: peers })).toBeNull();
  });
});

describe('R-DECISION-AFTER-ACHIEVEMENT', () => {
  it('fails for a regular award decided before its achievement year began', () => {
    expect(run('R-DECISION-AFTER-ACHIEVEMENT', award('CSTD_CO_SO', 2024, { decisionDate: '2023-12-28' }))?.holds).toBe(false);
    expect(run('R-DECISION-AFTER-ACHIEVEMENT', award('BANG_KHEN_TINH', 2024, { decisionDate: '2024-01-01' }))?.holds).toBe(true);
    expect(
      run('R-DECISION-AFTER-ACHIEVEMENT', award('CSTD_CO_SO', 2024, { decisionDate: '2023-12-28', kind: CommendationKind.EXTRAORDINARY })),
    ).toBeNull();
  });
});

describe('R-DEADLINE (Decree 98/2023 Art. 32)', () => {
  const flag = (over: Partial<AwardFact>) => award('CO_THI_DUA_CHINH_PHU', 2023, { recipientKind: RecipientKind.COLLECTIVE, ...over });
  it('warns when the Government flag dossier went in after 30 June of the next year', () => {
    expect(run('R-DEADLINE', flag({ status: CommendationStatus.SUBMITTED, decisionDate: null, submittedOn: '2024-07-02' }))?.holds).toBe(
      false,
    );
    expect(run('R-DEADLINE', flag({ status: CommendationStatus.SUBMITTED, decisionDate: null, submittedOn: '2024-06-30' }))?.holds).toBe(
      true,
    );
  });
  it('warns on a draft still unsent after the deadline; a decision before it proves the dossier was in time', () => {
    expect(run('R-DEADLINE', flag({ status: CommendationStatus.DRAFT, decisionDate: null }))?.explanation).toContain('chưa trình');
    expect(run('R-DEADLINE', flag({ decisionDate: '2024-04-26' }))?.holds).toBe(true);
    expect(run('R-DEADLINE', flag({ status: CommendationStatus.SUBMITTED, decisionDate: null }))).toBeNull();
  });
  it('gives CSTĐ toàn quốc until 31 December of the next year', () => {
    expect(
      run(
        'R-DEADLINE',
        award('CSTD_TOAN_QUOC', 2023, { status: CommendationStatus.SUBMITTED, decisionDate: null, submittedOn: '2024-12-31' }),
      )?.holds,
    ).toBe(true);
  });
});

describe('evaluateRules', () => {
  it('answers the rules in force with their severity, and nothing for a revoked award', () => {
    const subject = award('CSTD_TINH', 2024);
    const out = evaluateRules({ subject, history: [], clusterPeers: [], today: '2026-01-01' });
    expect(out.find((e) => e.ruleId === 'R-CSTD-TINH-CHAIN')).toMatchObject({ holds: false, severity: 'ERROR' });
    expect(out.map((e) => e.ruleId)).not.toContain('R-EXTRA-NOT-COUNTED');
    expect(
      evaluateRules({ subject: { ...subject, status: CommendationStatus.REVOKED }, history: [], clusterPeers: [], today: '2026-01-01' }),
    ).toEqual([]);
  });
});
