import { AwardLevel, CENTRAL_LEVELS, CommendationStatus, FieldError, Period, RecipientKind } from '@tdkt/shared/contracts';
import { parseDecisionNumber } from '@tdkt/shared/util-text';

/** The fields the record rules look at, after a create or a merged update. */
export interface CommendationDraft {
  achievementYear: number | null;
  decidingAuthority: string | null;
  decisionDate: string | null;
  decisionNumber: string | null;
  gender: string | null;
  recipientClass: string | null;
  recipientKind: RecipientKind;
  status: CommendationStatus;
}

export interface AwardFacts {
  code: string;
  level: AwardLevel;
  name: string;
  recipientKinds: RecipientKind[];
}

/**
 * Checks a commendation record before it is written; every problem is reported at once.
 * These are record rules (what a valid record is), not the council's eligibility findings.
 */
export function checkCommendation(c: CommendationDraft, award: AwardFacts, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string) => errors.push({ field, code, message });

  // R-RECIPIENT-KIND (Law Art. 19–20): the only eligibility rule that blocks a save.
  if (!award.recipientKinds.includes(c.recipientKind)) {
    add('recipientKind', 'recipientKindNotAllowed', `${award.name} không áp dụng cho đối tượng này`);
  }
  if (c.recipientKind !== RecipientKind.INDIVIDUAL) {
    if (c.recipientClass) add('recipientClass', 'individualOnly', 'Thành phần chỉ khai báo cho cá nhân');
    if (c.gender) add('gender', 'individualOnly', 'Giới tính chỉ khai báo cho cá nhân');
  }
  if (c.decisionNumber && !parseDecisionNumber(c.decisionNumber)) {
    add('decisionNumber', 'decisionNumberFormat', 'Số quyết định phải có dạng số/ký hiệu, ví dụ 1234/QĐ-UBND');
  }
  if (c.decisionDate && c.decisionDate > today) add('decisionDate', 'future', 'Ngày quyết định không được sau ngày hôm nay');
  // A decision dated before its achievement year is an eligibility finding (R-DECISION-AFTER-ACHIEVEMENT), not a
  // refusal: only R-RECIPIENT-KIND blocks a save (§5), and legacy records with such dates must still be recorded.
  if (c.status === CommendationStatus.APPROVED || c.status === CommendationStatus.REVOKED) {
    if (!c.decisionNumber) add('decisionNumber', 'isNotEmpty', 'Khen thưởng đã quyết định phải có số quyết định');
    if (!c.decisionDate) add('decisionDate', 'isNotEmpty', 'Khen thưởng đã quyết định phải có ngày quyết định');
    if (!c.decidingAuthority) add('decidingAuthority', 'isNotEmpty', 'Khen thưởng đã quyết định phải có cấp quyết định');
  }
  return errors;
}

/** Central-level awards (orders, Prime Minister's certificates…) are decided through the council, not recorded as decided. */
export function isCentral(award: AwardFacts): boolean {
  return CENTRAL_LEVELS.includes(award.level);
}

/**
 * The central-award rule of the record: a central-level award is never recorded as decided by the province; it is
 * proposed as a draft and decided through the council (CENTRAL_AWARD_NEEDS_PROPOSAL).
 */
export function centralAwardNeedsProposal(status: CommendationStatus, award: AwardFacts): boolean {
  return status === CommendationStatus.APPROVED && isCentral(award);
}

/** The dates that place a record in time. */
export type RecordDates = Partial<Pick<CommendationDraft, 'decisionDate' | 'achievementYear'>>;

/** Where a record falls in time: its decision (or event) date, or only a year (and period) while undecided. */
export type RecordTime = { date: string } | { year: number; period?: Period };

/** The year a record counts towards: its decision's year, or its achievement year while undecided (as RECORD_YEAR_SQL). */
export function recordYear(c: RecordDates): number | null {
  return c.decisionDate ? Number(c.decisionDate.slice(0, 4)) : (c.achievementYear ?? null);
}

/** Which period a record belongs to, for the period locks: its decision date, or its achievement year. */
export function recordTime(c: RecordDates): RecordTime | null {
  if (c.decisionDate) return { date: c.decisionDate };
  return c.achievementYear ? { year: c.achievementYear } : null;
}
