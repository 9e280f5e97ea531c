import { AwardLevel, CommendationStatus, RecipientKind } from '@tdkt/shared/contracts';
import { AwardFacts, CommendationDraft, checkCommendation, isCentral } from './commendation-record';

const bangKhenTinh: AwardFacts = {
  code: 'BANG_KHEN_TINH',
  level: AwardLevel.PROVINCE,
  name: 'Bằng khen của Chủ tịch UBND tỉnh',
  recipientKinds: [RecipientKind.INDIVIDUAL, RecipientKind.COLLECTIVE, RecipientKind.HOUSEHOLD],
};
const cstdCoSo: AwardFacts = {
  code: 'CSTD_CO_SO',
  level: AwardLevel.GRASSROOTS,
  name: 'Chiến sĩ thi đua cơ sở',
  recipientKinds: [RecipientKind.INDIVIDUAL],
};

const approved: CommendationDraft = {
  achievementYear: 2023,
  decidingAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang',
  decisionDate: '2024-03-15',
  decisionNumber: '312/QĐ-UBND',
  gender: 'FEMALE',
  recipientClass: 'DIRECT_WORKER',
  recipientKind: RecipientKind.INDIVIDUAL,
  status: CommendationStatus.APPROVED,
};
const today = '2024-07-29';
const fields = (draft: CommendationDraft, award = bangKhenTinh) =>
  checkCommendation(draft, award, today).map((e) => `${e.field}:${e.code}`);

describe('checkCommendation', () => {
  it('accepts a complete decided provincial award', () => {
    expect(fields(approved)).toEqual([]);
  });

  it('blocks an award that does not apply to the recipient kind (R-RECIPIENT-KIND)', () => {
    expect(fields({ ...approved, recipientKind: RecipientKind.COLLECTIVE, gender: null, recipientClass: null }, cstdCoSo)).toEqual([
      'recipientKind:recipientKindNotAllowed',
    ]);
  });

  it('keeps individual-only fields off collectives', () => {
    expect(fields({ ...approved, recipientKind: RecipientKind.COLLECTIVE })).toEqual([
      'recipientClass:individualOnly',
      'gender:individualOnly',
    ]);
  });

  it('requires the decision of an approved award, and lists every missing part', () => {
    expect(fields({ ...approved, decisionNumber: null, decisionDate: null, decidingAuthority: null })).toEqual([
      'decisionNumber:isNotEmpty',
      'decisionDate:isNotEmpty',
      'decidingAuthority:isNotEmpty',
    ]);
  });

  it('lets a draft go without a decision', () => {
    expect(
      fields({ ...approved, status: CommendationStatus.DRAFT, decisionNumber: null, decisionDate: null, decidingAuthority: null }),
    ).toEqual([]);
  });

  it('refuses a malformed decision number and a future decision', () => {
    expect(fields({ ...approved, decisionNumber: 'QĐ 312' })).toEqual(['decisionNumber:decisionNumberFormat']);
    expect(fields({ ...approved, decisionDate: '2024-07-30' })).toEqual(['decisionDate:future']);
  });

  it('records a decision dated before its achievement year: the council audit flags it (R-DECISION-AFTER-ACHIEVEMENT)', () => {
    expect(fields({ ...approved, achievementYear: 2025 })).toEqual([]);
  });
});

describe('isCentral', () => {
  it('is true for state and government awards only', () => {
    expect(isCentral({ ...bangKhenTinh, level: AwardLevel.GOVERNMENT })).toBe(true);
    expect(isCentral({ ...bangKhenTinh, level: AwardLevel.STATE })).toBe(true);
    expect(isCentral(bangKhenTinh)).toBe(false);
  });
});
