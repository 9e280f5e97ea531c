import { AwardLevel, CommendationStatus, RecipientKind } from '@tdkt/shared/contracts';
import {
  AwardFacts,
  CommendationDraft,
  centralAwardNeedsProposal,
  checkCommendation,
  isCentral,
  recordTime,
  recordYear,
} from './commendation-record';

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

describe('centralAwardNeedsProposal', () => {
  const order: AwardFacts = {
    ...bangKhenTinh,
    code: 'HUAN_CHUONG_LAO_DONG_HANG_BA',
    level: AwardLevel.STATE,
    name: 'Huân chương Lao động hạng Ba',
  };

  it('refuses a central award recorded as decided by the province', () => {
    expect(centralAwardNeedsProposal(CommendationStatus.APPROVED, order)).toBe(true);
    expect(centralAwardNeedsProposal(CommendationStatus.APPROVED, { ...order, level: AwardLevel.GOVERNMENT })).toBe(true);
  });

  it('lets a central award be proposed (draft, submitted, returned) and a provincial award be decided', () => {
    for (const status of [
      CommendationStatus.DRAFT,
      CommendationStatus.SUBMITTED,
      CommendationStatus.RETURNED,
      CommendationStatus.REVOKED,
    ]) {
      expect(centralAwardNeedsProposal(status, order)).toBe(false);
    }
    expect(centralAwardNeedsProposal(CommendationStatus.APPROVED, bangKhenTinh)).toBe(false);
  });
});

describe('recordYear and recordTime', () => {
  it('place a decided record by its decision date, whatever its achievement year', () => {
    expect(recordYear({ decisionDate: '2024-03-15', achievementYear: 2023 })).toBe(2024);
    expect(recordTime({ decisionDate: '2024-03-15', achievementYear: 2023 })).toEqual({ date: '2024-03-15' });
  });

  it('place an undecided record by its achievement year', () => {
    expect(recordYear({ decisionDate: null, achievementYear: 2023 })).toBe(2023);
    expect(recordTime({ decisionDate: null, achievementYear: 2023 })).toEqual({ year: 2023 });
  });

  it('leave a record with neither out of every year and period', () => {
    expect(recordYear({ decisionDate: null, achievementYear: null })).toBeNull();
    expect(recordYear({})).toBeNull();
    expect(recordTime({ decisionDate: null, achievementYear: null })).toBeNull();
    expect(recordTime({})).toBeNull();
  });
});
