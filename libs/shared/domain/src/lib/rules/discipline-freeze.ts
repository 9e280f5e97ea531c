import { CommendationKind, CommendationStatus, RecipientKind } from '@tdkt/shared/contracts';
import { RuleInput, RuleOutcome, ruleDateVi, ruleFail, rulePass } from './rule';

/** Decree 152/2025/NĐ-CP is in force from this day; its Art. 4.4 brings the freeze on proposals and the counting from the sanction's end. */
export const DISCIPLINE_FREEZE_FROM = '2025-07-01';

/** The award Law Art. 28 denies to a collective with a member disciplined at cảnh cáo or above. */
export const MEMBER_WARNED_AWARD = 'TAP_THE_LAO_DONG_TIEN_TIEN';

/**
 * Years of achievement a regular award rests on at the least, where the chain is strict: 3 consecutive CSTĐ cơ sở
 * (Law Art. 22.1a), two consecutive terms of CSTĐ cấp tỉnh (Art. 21.1a). Any sanction running into them breaks the chain.
 * Other awards count their own achievement year only (their chains have alternatives or open windows).
 */
export const DISCIPLINE_CHAIN_YEARS: Readonly<Record<string, number>> = { CSTD_TINH: 3, CSTD_TOAN_QUOC: 6 };

/** A proposal being made (DRAFT, SUBMITTED) or a decision (APPROVED): the moments Art. 4.4 speaks of. */
const PROPOSING: readonly CommendationStatus[] = [CommendationStatus.DRAFT, CommendationStatus.SUBMITTED, CommendationStatus.APPROVED];

const BASIS_152 = 'Nghị định 152/2025/NĐ-CP Điều 4.4';

/**
 * R-DISCIPLINE-FREEZE: the recipient facts recorded on the commendation itself (`pendingReview`, `disciplineUntil`,
 * `memberWarnedOrAbove`). Null when none of them is recorded, or none applies to the subject.
 */
export function disciplineFreeze(i: RuleInput): RuleOutcome | null {
  const s = i.subject;
  const at = s.decisionDate ?? i.today;
  const under152 = at >= DISCIPLINE_FREEZE_FROM;
  const failures: string[] = [];
  const passes: string[] = [];
  const needed: string[] = [];

  if (under152 && typeof s.pendingReview === 'boolean' && PROPOSING.includes(s.status)) {
    const moment = s.status === CommendationStatus.APPROVED ? 'khi quyết định' : 'khi đề nghị';
    if (s.pendingReview) {
      failures.push(
        `Hồ sơ ghi ${moment} đang có vụ việc kỷ luật, thanh tra, điều tra hoặc khiếu nại, tố cáo chưa kết luận: ` +
          `không đề nghị khen thưởng trong thời gian đó (${BASIS_152}).`,
      );
      needed.push('kết luận của cơ quan có thẩm quyền về vụ việc kỷ luật, thanh tra, điều tra hoặc khiếu nại');
    } else {
      passes.push(`Hồ sơ ghi không có vụ việc kỷ luật, thanh tra, điều tra hoặc khiếu nại đang xem xét ${moment}.`);
    }
  }

  if (under152 && s.disciplineUntil && s.achievementYear !== null) {
    const year = s.achievementYear;
    const span = s.kind === CommendationKind.REGULAR ? (DISCIPLINE_CHAIN_YEARS[s.awardCode] ?? 1) : 1;
    const start = year - span + 1;
    const counted = `${start}-01-01`;
    const what = span > 1 ? `chuỗi thành tích ${start}–${year} của ${s.awardName}` : `thành tích năm ${year}`;
    const until = ruleDateVi(s.disciplineUntil);
    if (s.disciplineUntil > counted) {
      failures.push(
        `Thời hạn kỷ luật kết thúc ngày ${until}; thành tích chỉ được tính từ ngày đó (${BASIS_152}), ` +
          `nên ${what} (từ ${ruleDateVi(counted)}) chưa được tính.`,
      );
    } else {
      passes.push(`Thời hạn kỷ luật kết thúc ngày ${until}, không muộn hơn ngày bắt đầu ${what} (${ruleDateVi(counted)}).`);
    }
  }

  if (s.awardCode === MEMBER_WARNED_AWARD && s.recipientKind === RecipientKind.COLLECTIVE && typeof s.memberWarnedOrAbove === 'boolean') {
    const year = s.achievementYear === null ? '' : ` năm ${s.achievementYear}`;
    if (s.memberWarnedOrAbove) {
      failures.push(
        `Hồ sơ ghi tập thể có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên${year}: ` +
          `không đủ tiêu chuẩn Tập thể lao động tiên tiến (Luật Thi đua, khen thưởng 06/2022/QH15 Điều 28).`,
      );
    } else {
      passes.push(`Hồ sơ ghi tập thể không có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên${year}.`);
    }
  }

  if (failures.length) return ruleFail(failures.join(' '), [s.id], needed);
  if (passes.length) return rulePass(passes.join(' '), [s.id]);
  return null;
}
