import { AwardCategory, CommendationKind, CommendationStatus, RecipientKind } from '@tdkt/shared/contracts';
import { foldVietnamese } from '@tdkt/shared/util-text';
import { checkCommendation } from '../commendation-record';
import { authorityProblem, classifyAuthority } from './authority';
import { disciplineFreeze } from './discipline-freeze';
import { byYear, excludedNote, heldAwards, yearRange } from './history';
import { AwardFact, EligibilityRule, RuleInput, RuleOutcome, ruleDateVi, listVi, ruleFail, rulePass } from './rule';
import { VOTE_RULES, flagVoteOutcome } from './vote-rules';

/** Law 06/2022/QH15 is in force from this day; earlier decisions followed the 2003 law. */
export const LAW_2022_FROM = '2024-01-01';

/** Stored with each finding: the latest legal change the rules follow, and their revision since. */
export const RULE_SET_VERSION = '2025-07-01.2';
/** The revision before issue #17 (legal fidelity); rules unchanged since keep it. */
const V1 = '2025-07-01.1';

/** Short Vietnamese names of the awards the chains mention. */
const NAMES: Record<string, string> = {
  BANG_KHEN_THU_TUONG: 'Bằng khen của Thủ tướng Chính phủ',
  BANG_KHEN_TINH: 'Bằng khen cấp tỉnh',
  CO_THI_DUA_CHINH_PHU: 'Cờ thi đua của Chính phủ',
  CO_THI_DUA_TINH: 'Cờ thi đua cấp tỉnh',
  CSTD_CO_SO: 'Chiến sĩ thi đua cơ sở',
  CSTD_TINH: 'Chiến sĩ thi đua cấp tỉnh',
  CSTD_TOAN_QUOC: 'Chiến sĩ thi đua toàn quốc',
  HUAN_CHUONG_LAO_DONG_1: 'Huân chương Lao động hạng Nhất',
  HUAN_CHUONG_LAO_DONG_2: 'Huân chương Lao động hạng Nhì',
  HUAN_CHUONG_LAO_DONG_3: 'Huân chương Lao động hạng Ba',
  LAO_DONG_TIEN_TIEN: 'Lao động tiên tiến',
  TAP_THE_LAO_DONG_XUAT_SAC: 'Tập thể lao động xuất sắc',
};

const INACTIVE: readonly CommendationStatus[] = [CommendationStatus.REVOKED];

/** Decided or before the council: an award that stands or may stand (not revoked, not returned, not a draft). */
const STANDING: readonly CommendationStatus[] = [CommendationStatus.APPROVED, CommendationStatus.SUBMITTED];

/** A live record: anything but a revoked award or a returned proposal. */
const live = (a: AwardFact) => a.status !== CommendationStatus.REVOKED && a.status !== CommendationStatus.RETURNED;

const yearOf = (a: AwardFact) => a.achievementYear ?? 0;
const nameOf = (a: AwardFact) => NAMES[a.awardCode] ?? a.awardName;

/**
 * The latest award of `codes` for an achievement year before `year` that stands: the award a chain last led to.
 * A chain toward the next one starts after it, so each year counts once (law-notes §3.4 item 8: "sau đó").
 */
function lastLedTo(i: RuleInput, codes: readonly string[], year: number): AwardFact | undefined {
  return i.history
    .filter((a) => codes.includes(a.awardCode) && STANDING.includes(a.status) && a.achievementYear !== null && yearOf(a) < year)
    .sort((a, b) => yearOf(a) - yearOf(b))
    .pop();
}

const decidedVi = (a: AwardFact) => (a.decisionDate ? ` (quyết định ngày ${ruleDateVi(a.decisionDate)})` : ' (đang đề nghị)');

/** The subject's reference date: its decision, or today for a proposal. */
const asOf = (i: RuleInput) => i.subject.decisionDate ?? i.today;
const ids = (awards: readonly AwardFact[]) => awards.map((a) => a.id);

interface ConsecutiveCheck {
  code: string;
  years: number[];
  found: AwardFact[];
  missing: number[];
  note: string;
}

/** Which of `years` the recipient holds `code` for (counted awards only). */
function consecutive(i: RuleInput, code: string, years: number[]): ConsecutiveCheck {
  const { counted, excluded } = heldAwards(i.history, code, asOf(i));
  const found = byYear(counted, years);
  return {
    code,
    years,
    found: [...found.values()],
    missing: years.filter((y) => !found.has(y)),
    note: excludedNote(excluded.filter((a) => years.includes(a.achievementYear ?? 0))),
  };
}

function describe(c: ConsecutiveCheck): string {
  const span = `${c.years[0]}–${c.years[c.years.length - 1]}`;
  const found = c.found.map((a) => a.achievementYear ?? 0);
  const seen = found.length ? `tìm thấy ${listVi(found)}` : 'không tìm thấy năm nào';
  return `${NAMES[c.code]} ${c.years.length} năm liên tục ${span}; ${seen}${c.missing.length ? `, thiếu ${listVi(c.missing)}` : ''}.${c.note}`;
}

/** Subject filter shared by the chain rules: the award, a REGULAR kind where required, a recipient kind. */
function subjectOf(i: RuleInput, code: string, kind?: RecipientKind, regularOnly = false): number | null {
  const s = i.subject;
  if (s.awardCode !== code || s.achievementYear === null) return null;
  if (kind && s.recipientKind !== kind) return null;
  if (regularOnly && s.kind !== CommendationKind.REGULAR) return null;
  return s.achievementYear;
}

interface LaterChain {
  /** The earlier award that opens the window. */
  prerequisite: string;
  /** Counts needed within the window after it; any one alternative suffices. */
  alternatives: Array<{ label: string; needs: Array<{ code: string; min: number }> }>;
  /** Five consecutive years of TTLĐXS for collectives (Art. 73.4e, 44.4đ, 43.4d, 42.4d). */
  everyYear?: string;
  /** Awards an earlier opener may already have led to (default: the subject's own award); the window starts after them. */
  ledTo?: string[];
  evidence: string[];
}

/**
 * "An earlier X, then ≥5 years with …": the latest counted X at least 5 years before, and the awards
 * needed since it. Decree 152 Art. 4.1 lets a higher form be proposed on its own criteria, hence a warning.
 */
function laterChain(i: RuleInput, year: number, spec: LaterChain): RuleOutcome {
  const at = asOf(i);
  const { counted } = heldAwards(i.history, spec.prerequisite, at);
  const used = lastLedTo(i, spec.ledTo ?? [i.subject.awardCode], year);
  const before = counted.filter((a) => yearOf(a) < year && (!used || yearOf(a) > yearOf(used)));
  // The latest one that leaves a 5-year window; else the latest, to say how short the window is.
  const opener = before.filter((a) => yearOf(a) <= year - 5).pop() ?? before[before.length - 1];
  const head = `${i.subject.awardName} cần ${NAMES[spec.prerequisite]} trước đó`;
  if (!opener && used) {
    return ruleFail(
      `${head}, sau ${nameOf(used)} năm ${yearOf(used)}${decidedVi(used)}: chuỗi thành tích đã dẫn tới khen thưởng đó không được tính lại; ` +
        `không tìm thấy ${NAMES[spec.prerequisite]} nào từ năm ${yearOf(used) + 1} đến trước năm ${year}.`,
      [used.id],
      spec.evidence,
    );
  }
  if (!opener) return ruleFail(`${head}; không tìm thấy ${NAMES[spec.prerequisite]} nào trước năm ${year}.`, [], spec.evidence);
  const from = opener.achievementYear ?? 0;
  const window = yearRange(from + 1, year);
  if (window.length < 5) {
    return ruleFail(
      `${head} và tiếp theo ít nhất 5 năm; ${NAMES[spec.prerequisite]} năm ${from} mới cách ${window.length} năm.`,
      [opener.id],
      spec.evidence,
    );
  }
  const within = (code: string) => heldAwards(i.history, code, at).counted.filter((a) => window.includes(a.achievementYear ?? 0));
  const evidence = [opener.id];
  if (spec.everyYear) {
    const c = consecutive(i, spec.everyYear, yearRange(year - 4, year));
    evidence.push(...ids(c.found));
    if (c.missing.length) return ruleFail(`${head} (năm ${from}), rồi ${describe(c)}`, evidence, spec.evidence);
  }
  const counts: string[] = [];
  for (const alt of spec.alternatives) {
    const got = alt.needs.map((n) => ({ ...n, awards: within(n.code) }));
    counts.push(got.map((g) => `${g.awards.length} ${NAMES[g.code]}`).join(', '));
    if (got.every((g) => g.awards.length >= g.min)) {
      return rulePass(
        `Có ${NAMES[spec.prerequisite]} năm ${from}, sau đó đạt ${alt.label} trong ${from + 1}–${year}.`,
        [...evidence, ...got.flatMap((g) => ids(g.awards))],
        alt.label,
      );
    }
  }
  return ruleFail(
    `${head} (năm ${from}), rồi trong ${from + 1}–${year} đạt ${spec.alternatives.map((a) => a.label).join(' hoặc ')}; tìm thấy ${listVi([...new Set(counts)])}.`,
    evidence,
    spec.evidence,
  );
}

const PROVINCE_COMMITTEE = /^(uy ban nhan dan|ubnd) (tinh|thanh pho) /;

/** One decree's dossier deadlines: month-day by which the dossier must reach MoHA in the year after the achievement. */
export interface DeadlineRegime {
  source: string;
  validFrom: string;
  validTo: string | null;
  deadlines: Record<string, string>;
  /** False where the decree's own figure was not read: the value is configuration (law-notes §10 item 3). */
  confirmed: boolean;
}

/**
 * R-DEADLINE by the date the dossier went in. Decree 98/2023 Art. 32.1 (30/6 for Cờ thi đua của Chính phủ, 31/12 for
 * CSTĐ toàn quốc) until Decree 152/2025 Art. 59 repealed it on 1/7/2025; Decree 152's own dates are unconfirmed
 * (law-notes §10 item 3), so they are configuration, set to the same days until read from the decree.
 */
export const DEADLINE_REGIMES: readonly DeadlineRegime[] = [
  {
    source: 'Nghị định 98/2023/NĐ-CP Điều 32.1',
    validFrom: LAW_2022_FROM,
    validTo: '2025-06-30',
    deadlines: { CO_THI_DUA_CHINH_PHU: '06-30', CSTD_TOAN_QUOC: '12-31' },
    confirmed: true,
  },
  {
    source: 'Nghị định 152/2025/NĐ-CP',
    validFrom: '2025-07-01',
    validTo: null,
    deadlines: { CO_THI_DUA_CHINH_PHU: '06-30', CSTD_TOAN_QUOC: '12-31' },
    confirmed: false,
  },
];

/** The deadlines in force on a day, or undefined before the 2022 law. */
export function deadlineRegime(date: string): DeadlineRegime | undefined {
  return DEADLINE_REGIMES.find((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo));
}

/** The current regime's deadlines (kept for callers that show them). */
export const PROPOSAL_DEADLINES: Record<string, string> = DEADLINE_REGIMES[DEADLINE_REGIMES.length - 1].deadlines;

/**
 * Titles awarded for one calendar (or school) year's results (Law Art. 7, 23–31). The earliest month-day of their own
 * year on which a decision can rest on a completed year: school-year sectors decide from July (Bắc Ninh's rules,
 * QĐ 86/2025/QĐ-UBND Art. 6: education dossiers by 10/7); calendar-year titles come later still. Configuration.
 */
export const YEARLY_TITLES = [
  'CSTD_CO_SO',
  'LAO_DONG_TIEN_TIEN',
  'TAP_THE_LAO_DONG_XUAT_SAC',
  'TAP_THE_LAO_DONG_TIEN_TIEN',
  'CO_THI_DUA_TINH',
  'CO_THI_DUA_CHINH_PHU',
  'XA_PHUONG_TIEU_BIEU',
  'THON_TO_DAN_PHO_VAN_HOA',
  'GIA_DINH_VAN_HOA',
];
export const YEARLY_TITLE_EARLIEST_DECISION = '07-01';

/** Collective orders of Huân chương Lao động (Law Art. 44.4đ, 43.4d, 42.4d): ≥10 years since founding cannot be read from records. */
const COLLECTIVE_ORDER_EVIDENCE = [
  'tập thể đã thành lập từ 10 năm trở lên',
  '5 năm liên tục hoàn thành xuất sắc nhiệm vụ (nếu không có danh hiệu Tập thể lao động xuất sắc)',
];

/** Every rule of awards.md, in the table's order. */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  {
    id: 'R-CSTD-TINH-CHAIN',
    title: 'Chiến sĩ thi đua cấp tỉnh: 3 năm liên tục Chiến sĩ thi đua cơ sở',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22.1a',
    severity: 'ERROR',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['CSTD_TINH'],
    evaluate: (i) => {
      const year = subjectOf(i, 'CSTD_TINH');
      if (year === null) return null;
      const c = consecutive(i, 'CSTD_CO_SO', yearRange(year - 2, year));
      const text = `Chiến sĩ thi đua cấp tỉnh cần ${describe(c)}`;
      const used = lastLedTo(i, ['CSTD_TINH'], year);
      if (used && yearOf(used) >= year - 2) {
        const p = yearOf(used);
        return ruleFail(
          `${text} Các năm đến ${p} đã dùng cho Chiến sĩ thi đua cấp tỉnh năm ${p}${decidedVi(used)}; ` +
            `chuỗi tiếp theo phải bắt đầu từ năm ${p + 1} (${p + 1}–${p + 3}).`,
          [...ids(c.found), used.id],
        );
      }
      return c.missing.length ? ruleFail(text, ids(c.found)) : rulePass(text, ids(c.found));
    },
  },
  {
    id: 'R-CSTD-TQ-CHAIN',
    title: 'Chiến sĩ thi đua toàn quốc: 2 lần liên tục Chiến sĩ thi đua cấp tỉnh',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 21.1a',
    severity: 'ERROR',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['CSTD_TOAN_QUOC'],
    evaluate: (i) => {
      const year = subjectOf(i, 'CSTD_TOAN_QUOC');
      if (year === null) return null;
      const { counted, excluded } = heldAwards(i.history, 'CSTD_TINH', asOf(i));
      const upTo = counted.filter((a) => yearOf(a) <= year);
      const latest = upTo.find((a) => yearOf(a) === year);
      // Terms of three years each, back to back: the earlier title is exactly three years before (Art. 21.1a, 22.1a).
      const previous = upTo.find((a) => yearOf(a) === year - 3);
      const found = upTo.map(yearOf);
      const seen = `tìm thấy ${found.length ? listVi([...new Set(found)]) : 'không năm nào'}.${excludedNote(excluded)}`;
      const head = `Chiến sĩ thi đua toàn quốc năm ${year} cần 2 lần liên tục Chiến sĩ thi đua cấp tỉnh, lần sau cùng năm ${year} và lần trước năm ${year - 3}`;
      if (!latest || !previous) return ruleFail(`${head}; ${seen}`, ids(upTo));
      const used = lastLedTo(i, ['CSTD_TOAN_QUOC'], year);
      if (used && yearOf(used) >= year - 3) {
        return ruleFail(
          `${head}; Chiến sĩ thi đua cấp tỉnh năm ${year - 3} đã dùng cho Chiến sĩ thi đua toàn quốc năm ${yearOf(used)}${decidedVi(used)}, không tính lại.`,
          [previous.id, latest.id, used.id],
        );
      }
      return rulePass(`${head}; ${seen}`, [previous.id, latest.id]);
    },
  },
  {
    id: 'R-CSTD-CS-LDTT',
    title: 'Chiến sĩ thi đua cơ sở: Lao động tiên tiến cùng năm',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 23',
    severity: 'ERROR',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['CSTD_CO_SO'],
    evaluate: (i) => {
      const year = subjectOf(i, 'CSTD_CO_SO');
      if (year === null) return null;
      // The two titles are usually proposed together, so a pending LĐTT of the same year counts.
      const same = i.history.filter((a) => a.awardCode === 'LAO_DONG_TIEN_TIEN' && a.achievementYear === year);
      const ldtt = same.find(live);
      if (ldtt) return rulePass(`Có Lao động tiên tiến năm ${year}${decidedVi(ldtt)}.`, [ldtt.id]);
      const revoked = same.find((a) => a.status === CommendationStatus.REVOKED);
      if (revoked) {
        return ruleFail(
          `Chiến sĩ thi đua cơ sở năm ${year} cần danh hiệu Lao động tiên tiến cùng năm; Lao động tiên tiến năm ${year}${decidedVi(revoked)} đã bị thu hồi.`,
          [revoked.id],
        );
      }
      // The standard may be met and recorded elsewhere (the unit's own decision): missing evidence, not a breach.
      return ruleFail(
        `Chiến sĩ thi đua cơ sở năm ${year} cần đạt tiêu chuẩn Lao động tiên tiến cùng năm; chưa có bản ghi Lao động tiên tiến năm ${year} của người này ở đây, cần đối chiếu hồ sơ.`,
        [],
        [`quyết định công nhận Lao động tiên tiến năm ${year} (hoặc minh chứng đạt tiêu chuẩn, Luật Thi đua, khen thưởng Điều 24)`],
        'WARNING',
      );
    },
  },
  {
    id: 'R-BK-TINH-INDIV',
    title: 'Bằng khen cấp tỉnh (cá nhân): 2 năm liên tục Chiến sĩ thi đua cơ sở, hoặc minh chứng',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74',
    severity: 'WARNING',
    version: V1,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['BANG_KHEN_TINH'],
    evaluate: (i) => {
      const year = subjectOf(i, 'BANG_KHEN_TINH', RecipientKind.INDIVIDUAL, true);
      if (year === null) return null;
      const c = consecutive(i, 'CSTD_CO_SO', yearRange(year - 1, year));
      if (!c.missing.length) return rulePass(`Đạt nhánh a: ${describe(c)}`, ids(c.found), '2 năm liên tục Chiến sĩ thi đua cơ sở');
      return ruleFail(`Bằng khen cấp tỉnh cần ${describe(c)} Nếu không, hồ sơ phải có minh chứng nhánh thay thế.`, ids(c.found), [
        `2 năm liên tục hoàn thành xuất sắc nhiệm vụ (${year - 1}, ${year})`,
        '2 sáng kiến (hoặc 2 đề tài khoa học) được áp dụng tại cơ sở',
      ]);
    },
  },
  {
    id: 'R-BK-TINH-COLL',
    title: 'Bằng khen cấp tỉnh (tập thể): 2 năm liên tục Tập thể lao động xuất sắc',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74',
    severity: 'WARNING',
    version: V1,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['BANG_KHEN_TINH'],
    evaluate: (i) => {
      const year = subjectOf(i, 'BANG_KHEN_TINH', RecipientKind.COLLECTIVE, true);
      if (year === null) return null;
      const c = consecutive(i, 'TAP_THE_LAO_DONG_XUAT_SAC', yearRange(year - 1, year));
      if (!c.missing.length) return rulePass(`Đạt: ${describe(c)}`, ids(c.found), '2 năm liên tục Tập thể lao động xuất sắc');
      return ruleFail(`Bằng khen cấp tỉnh cho tập thể cần ${describe(c)}`, ids(c.found), [
        `2 năm liên tục hoàn thành xuất sắc nhiệm vụ (${year - 1}, ${year})`,
      ]);
    },
  },
  {
    id: 'R-BK-TTG-INDIV',
    title: 'Bằng khen Thủ tướng (cá nhân): Bằng khen cấp tỉnh, rồi 3 Chiến sĩ thi đua cơ sở trong ≥5 năm',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 73.1b; Nghị định 152/2025/NĐ-CP Điều 4.1',
    severity: 'WARNING',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['BANG_KHEN_THU_TUONG'],
    evaluate: (i) => {
      const year = subjectOf(i, 'BANG_KHEN_THU_TUONG', RecipientKind.INDIVIDUAL, true);
      if (year === null) return null;
      return laterChain(i, year, {
        prerequisite: 'BANG_KHEN_TINH',
        alternatives: [{ label: '3 Chiến sĩ thi đua cơ sở', needs: [{ code: 'CSTD_CO_SO', min: 3 }] }],
        evidence: [
          '5 năm liên tục hoàn thành tốt nhiệm vụ trở lên đến thời điểm đề nghị',
          'hoặc tiêu chuẩn riêng của Bằng khen Thủ tướng (Nghị định 152/2025 Điều 4.1)',
        ],
      });
    },
  },
  {
    id: 'R-BK-TTG-COLL',
    title: 'Bằng khen Thủ tướng (tập thể): Bằng khen cấp tỉnh, rồi 5 năm liên tục Tập thể lao động xuất sắc',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 73.4e; Nghị định 152/2025/NĐ-CP Điều 4.1',
    severity: 'WARNING',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['BANG_KHEN_THU_TUONG'],
    evaluate: (i) => {
      const year = subjectOf(i, 'BANG_KHEN_THU_TUONG', RecipientKind.COLLECTIVE, true);
      if (year === null) return null;
      return laterChain(i, year, {
        prerequisite: 'BANG_KHEN_TINH',
        everyYear: 'TAP_THE_LAO_DONG_XUAT_SAC',
        alternatives: [
          { label: '1 Cờ thi đua cấp tỉnh', needs: [{ code: 'CO_THI_DUA_TINH', min: 1 }] },
          { label: '2 Bằng khen cấp tỉnh', needs: [{ code: 'BANG_KHEN_TINH', min: 2 }] },
        ],
        evidence: ['dẫn đầu cụm, khối thi đua do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức (Điều 73.4c)'],
      });
    },
  },
  {
    id: 'R-HCLD3-INDIV',
    title: 'Huân chương Lao động hạng Ba (cá nhân): Bằng khen Thủ tướng, rồi 3 Chiến sĩ thi đua cơ sở trong ≥5 năm',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 44.1',
    severity: 'WARNING',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['HUAN_CHUONG_LAO_DONG_3'],
    evaluate: (i) => {
      // Orders for a career's contribution, extraordinary and thematic ones have criteria of their own (Art. 44.1a–d).
      const year = subjectOf(i, 'HUAN_CHUONG_LAO_DONG_3', RecipientKind.INDIVIDUAL, true);
      if (year === null) return null;
      return laterChain(i, year, {
        prerequisite: 'BANG_KHEN_THU_TUONG',
        alternatives: [{ label: '3 Chiến sĩ thi đua cơ sở', needs: [{ code: 'CSTD_CO_SO', min: 3 }] }],
        evidence: ['5 năm liên tục hoàn thành tốt nhiệm vụ, trong đó ít nhất 1 năm hoàn thành xuất sắc'],
      });
    },
  },
  {
    id: 'R-HCLD2-INDIV',
    title: 'Huân chương Lao động hạng Nhì (cá nhân): hạng Ba, rồi 1 Chiến sĩ thi đua cấp tỉnh trong ≥5 năm',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 43.1',
    severity: 'WARNING',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['HUAN_CHUONG_LAO_DONG_2'],
    evaluate: (i) => {
      // Orders for a career's contribution, extraordinary and thematic ones have criteria of their own (Art. 44.1a–d).
      const year = subjectOf(i, 'HUAN_CHUONG_LAO_DONG_2', RecipientKind.INDIVIDUAL, true);
      if (year === null) return null;
      return laterChain(i, year, {
        prerequisite: 'HUAN_CHUONG_LAO_DONG_3',
        alternatives: [{ label: '1 Chiến sĩ thi đua cấp tỉnh', needs: [{ code: 'CSTD_TINH', min: 1 }] }],
        evidence: ['5 năm liên tục hoàn thành tốt nhiệm vụ, trong đó ít nhất 2 năm hoàn thành xuất sắc'],
      });
    },
  },
  {
    id: 'R-HCLD1-INDIV',
    title: 'Huân chương Lao động hạng Nhất (cá nhân): hạng Nhì, rồi 2 Chiến sĩ thi đua cấp tỉnh trong ≥5 năm',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 42.1',
    severity: 'WARNING',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['HUAN_CHUONG_LAO_DONG_1'],
    evaluate: (i) => {
      // Orders for a career's contribution, extraordinary and thematic ones have criteria of their own (Art. 44.1a–d).
      const year = subjectOf(i, 'HUAN_CHUONG_LAO_DONG_1', RecipientKind.INDIVIDUAL, true);
      if (year === null) return null;
      return laterChain(i, year, {
        prerequisite: 'HUAN_CHUONG_LAO_DONG_2',
        alternatives: [{ label: '2 Chiến sĩ thi đua cấp tỉnh', needs: [{ code: 'CSTD_TINH', min: 2 }] }],
        evidence: ['5 năm liên tục hoàn thành tốt nhiệm vụ, trong đó ít nhất 3 năm hoàn thành xuất sắc'],
      });
    },
  },
  {
    id: 'R-HCLD3-COLL',
    title:
      'Huân chương Lao động hạng Ba (tập thể): Bằng khen Thủ tướng, rồi 5 năm liên tục Tập thể lao động xuất sắc với cờ hoặc bằng khen',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 44.4đ; Nghị định 152/2025/NĐ-CP Điều 4.1',
    severity: 'WARNING',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['HUAN_CHUONG_LAO_DONG_3'],
    evaluate: (i) => {
      const year = subjectOf(i, 'HUAN_CHUONG_LAO_DONG_3', RecipientKind.COLLECTIVE, true);
      if (year === null) return null;
      return laterChain(i, year, {
        prerequisite: 'BANG_KHEN_THU_TUONG',
        everyYear: 'TAP_THE_LAO_DONG_XUAT_SAC',
        alternatives: [
          { label: '1 Cờ thi đua của Chính phủ', needs: [{ code: 'CO_THI_DUA_CHINH_PHU', min: 1 }] },
          { label: '2 Cờ thi đua cấp tỉnh', needs: [{ code: 'CO_THI_DUA_TINH', min: 2 }] },
          {
            label: '1 Cờ thi đua cấp tỉnh và 1 Bằng khen cấp tỉnh',
            needs: [
              { code: 'CO_THI_DUA_TINH', min: 1 },
              { code: 'BANG_KHEN_TINH', min: 1 },
            ],
          },
          { label: '2 Bằng khen cấp tỉnh (tập thể không thuộc diện tặng cờ)', needs: [{ code: 'BANG_KHEN_TINH', min: 2 }] },
        ],
        evidence: COLLECTIVE_ORDER_EVIDENCE,
      });
    },
  },
  {
    id: 'R-HCLD2-COLL',
    title: 'Huân chương Lao động hạng Nhì (tập thể): hạng Ba, rồi 5 năm liên tục Tập thể lao động xuất sắc với cờ hoặc bằng khen',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 43.4d; Nghị định 152/2025/NĐ-CP Điều 4.1',
    severity: 'WARNING',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['HUAN_CHUONG_LAO_DONG_2'],
    evaluate: (i) => {
      const year = subjectOf(i, 'HUAN_CHUONG_LAO_DONG_2', RecipientKind.COLLECTIVE, true);
      if (year === null) return null;
      return laterChain(i, year, {
        prerequisite: 'HUAN_CHUONG_LAO_DONG_3',
        everyYear: 'TAP_THE_LAO_DONG_XUAT_SAC',
        alternatives: [
          {
            label: '1 Cờ thi đua của Chính phủ và 1 Cờ thi đua cấp tỉnh',
            needs: [
              { code: 'CO_THI_DUA_CHINH_PHU', min: 1 },
              { code: 'CO_THI_DUA_TINH', min: 1 },
            ],
          },
          { label: '3 Cờ thi đua cấp tỉnh', needs: [{ code: 'CO_THI_DUA_TINH', min: 3 }] },
          { label: '3 Bằng khen cấp tỉnh (tập thể không thuộc diện tặng cờ)', needs: [{ code: 'BANG_KHEN_TINH', min: 3 }] },
        ],
        evidence: COLLECTIVE_ORDER_EVIDENCE,
      });
    },
  },
  {
    id: 'R-HCLD1-COLL',
    title: 'Huân chương Lao động hạng Nhất (tập thể): hạng Nhì, rồi 5 năm liên tục Tập thể lao động xuất sắc với cờ hoặc bằng khen',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 42.4d; Nghị định 152/2025/NĐ-CP Điều 4.1',
    severity: 'WARNING',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['HUAN_CHUONG_LAO_DONG_1'],
    evaluate: (i) => {
      const year = subjectOf(i, 'HUAN_CHUONG_LAO_DONG_1', RecipientKind.COLLECTIVE, true);
      if (year === null) return null;
      return laterChain(i, year, {
        prerequisite: 'HUAN_CHUONG_LAO_DONG_2',
        everyYear: 'TAP_THE_LAO_DONG_XUAT_SAC',
        alternatives: [
          { label: '2 Cờ thi đua của Chính phủ', needs: [{ code: 'CO_THI_DUA_CHINH_PHU', min: 2 }] },
          {
            label: '1 Cờ thi đua của Chính phủ và 2 Cờ thi đua cấp tỉnh',
            needs: [
              { code: 'CO_THI_DUA_CHINH_PHU', min: 1 },
              { code: 'CO_THI_DUA_TINH', min: 2 },
            ],
          },
          { label: '4 Cờ thi đua cấp tỉnh', needs: [{ code: 'CO_THI_DUA_TINH', min: 4 }] },
          { label: '4 Bằng khen cấp tỉnh (tập thể không thuộc diện tặng cờ)', needs: [{ code: 'BANG_KHEN_TINH', min: 4 }] },
        ],
        evidence: COLLECTIVE_ORDER_EVIDENCE,
      });
    },
  },
  {
    id: 'R-ONE-ACHIEVEMENT',
    title: 'Một thành tích chỉ khen một lần',
    // The principle predates the 2022 law (Luật Thi đua, khen thưởng 2003 had it too), so it is not dated.
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 5.2c',
    severity: 'ERROR',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: null,
    validTo: null,
    awards: null,
    evaluate: (i) => {
      const s = i.subject;
      if (s.achievementYear === null || s.kind !== CommendationKind.REGULAR) return null;
      const same = i.history.filter(
        (a) => a.awardCode === s.awardCode && a.achievementYear === s.achievementYear && a.kind === s.kind && !INACTIVE.includes(a.status),
      );
      const decision = (a: AwardFact) =>
        a.decisionDate ? `quyết định ngày ${ruleDateVi(a.decisionDate)} của ${a.decidingAuthority ?? 'không rõ cấp'}` : `hồ sơ ${a.status}`;
      if (same.length) {
        return ruleFail(
          `${s.awardName} năm thành tích ${s.achievementYear} đã có ${same.length === 1 ? 'một' : same.length} bản ghi khác cho cùng người nhận (${same.map(decision).join('; ')}): một thành tích chỉ được khen một lần.`,
          ids(same),
        );
      }
      // Several forms for one year's regular work (BK tỉnh and BK Thủ tướng): titles and forms may go together (§3.5).
      const forms =
        s.category === AwardCategory.COMMENDATION_FORM
          ? i.history.filter(
              (a) =>
                a.category === AwardCategory.COMMENDATION_FORM &&
                a.awardCode !== s.awardCode &&
                a.achievementYear === s.achievementYear &&
                a.kind === CommendationKind.REGULAR &&
                live(a),
            )
          : [];
      if (forms.length) {
        return ruleFail(
          `${s.awardName} và ${forms.map((a) => `${a.awardName} (${decision(a)})`).join('; ')} cùng khen thành tích năm ${s.achievementYear} của cùng người nhận: một thành tích chỉ được khen một hình thức.`,
          ids(forms),
        );
      }
      return rulePass(`Không có khen thưởng nào khác cho thành tích năm ${s.achievementYear} của người nhận này.`);
    },
  },
  {
    id: 'R-EXTRA-NOT-COUNTED',
    title: 'Khen thưởng đột xuất, theo chuyên đề không tính vào chuỗi thành tích',
    basis: 'Nghị định 152/2025/NĐ-CP Điều 4.3',
    severity: 'INPUT',
    version: V1,
    dateBasis: 'DECISION_DATE',
    validFrom: '2025-07-01',
    validTo: null,
    awards: null,
  },
  {
    id: 'R-AUTHORITY',
    title: 'Thẩm quyền quyết định đúng cấp khen thưởng',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 77–80 (Bộ trưởng: Điều 79.3); Nghị định 129/2025/NĐ-CP Điều 59',
    severity: 'ERROR',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: null,
    evaluate: (i) => {
      const s = i.subject;
      if (!s.decisionDate || !s.decidingAuthority) return null;
      const who = classifyAuthority(s.decidingAuthority);
      if (!who) return null;
      const problem = authorityProblem(s.level, s.awardCode, who, s.decisionDate);
      const decision = `quyết định ngày ${ruleDateVi(s.decisionDate)} của ${s.decidingAuthority}`;
      return problem
        ? ruleFail(`${s.awardName}: ${decision} không đúng thẩm quyền — ${problem}.`, [s.id])
        : rulePass(`${s.awardName}: ${decision} đúng thẩm quyền.`, [s.id]);
    },
  },
  {
    id: 'R-RECIPIENT-KIND',
    title: 'Hình thức khen thưởng áp dụng cho đối tượng',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 19–20',
    severity: 'BLOCKING',
    version: V1,
    dateBasis: 'DECISION_DATE',
    validFrom: null,
    validTo: null,
    awards: null,
    // Enforced at save by checkCommendation; evaluated here too so that imported records are caught.
    evaluate: (i) => {
      const s = i.subject;
      const problem = checkCommendation(
        { ...s, decisionNumber: null, gender: null, recipientClass: null },
        { code: s.awardCode, level: s.level, name: s.awardName, recipientKinds: s.recipientKinds },
        i.today,
      ).find((e) => e.code === 'recipientKindNotAllowed');
      return problem ? ruleFail(`${problem.message}.`, [s.id]) : rulePass(`${s.awardName} áp dụng cho đối tượng này.`);
    },
  },
  {
    id: 'R-CO-CP-ONE-PER-CLUSTER',
    title: 'Cờ thi đua của Chính phủ: một đơn vị dẫn đầu mỗi cụm mỗi năm',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 25.2',
    severity: 'ERROR',
    // Revised with the year-end vote (spec §9).
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['CO_THI_DUA_CHINH_PHU'],
    evaluate: (i) => {
      const year = subjectOf(i, 'CO_THI_DUA_CHINH_PHU', RecipientKind.COLLECTIVE, true);
      // Only the cluster's leading province (its People's Committee) is capped; unit flags follow Art. 25.1.
      if (year === null || !PROVINCE_COMMITTEE.test(foldVietnamese(i.subject.recipientName))) return null;
      // Version 2: the cluster's closed vote, when there is one, names the leader (spec §9).
      const byVote = flagVoteOutcome(i, year);
      if (byVote) return byVote;
      const others = i.clusterPeers.filter(
        (a) =>
          a.id !== i.subject.id &&
          a.awardCode === 'CO_THI_DUA_CHINH_PHU' &&
          a.kind === CommendationKind.REGULAR &&
          a.achievementYear === year &&
          !INACTIVE.includes(a.status) &&
          a.status !== CommendationStatus.RETURNED &&
          PROVINCE_COMMITTEE.test(foldVietnamese(a.recipientName)),
      );
      if (!others.length)
        return rulePass(`Cụm thi đua chỉ có một đơn vị dẫn đầu được đề nghị Cờ thi đua của Chính phủ năm ${year}.`, [i.subject.id]);
      return ruleFail(
        `Mỗi cụm thi đua chỉ có một đơn vị dẫn đầu được tặng Cờ thi đua của Chính phủ mỗi năm; năm ${year} cụm còn có: ${others.map((a) => a.recipientName).join('; ')}.`,
        [i.subject.id, ...ids(others)],
      );
    },
  },
  {
    id: 'R-CO-CP-PROVINCE-FLAG',
    title: 'Cờ thi đua của Chính phủ cho tập thể dẫn đầu cụm, khối của tỉnh: có Cờ thi đua cấp tỉnh cùng năm',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 25.1 và Điều 26.1',
    severity: 'WARNING',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['CO_THI_DUA_CHINH_PHU'],
    evaluate: (i) => {
      const year = subjectOf(i, 'CO_THI_DUA_CHINH_PHU', RecipientKind.COLLECTIVE, true);
      // A Central-council cluster's leading province is Art. 25.2 (R-CO-CP-ONE-PER-CLUSTER), not a provincial bloc's leader.
      if (year === null || PROVINCE_COMMITTEE.test(foldVietnamese(i.subject.recipientName))) return null;
      const flag = i.history.find((a) => a.awardCode === 'CO_THI_DUA_TINH' && a.achievementYear === year && live(a));
      if (flag)
        return rulePass(`Có Cờ thi đua cấp tỉnh năm ${year}${decidedVi(flag)}: tập thể dẫn đầu cụm, khối thi đua của tỉnh.`, [flag.id]);
      return ruleFail(
        `Cờ thi đua của Chính phủ (Điều 25.1) xét trong các tập thể dẫn đầu cụm, khối thi đua do tỉnh tổ chức, là tập thể được tặng Cờ thi đua cấp tỉnh năm ${year}; ` +
          `chưa có bản ghi Cờ thi đua cấp tỉnh năm ${year} của tập thể này.`,
        [],
        [`quyết định tặng Cờ thi đua cấp tỉnh năm ${year} (dẫn đầu cụm, khối thi đua của tỉnh, Điều 26.1)`],
      );
    },
  },
  {
    id: 'R-CO-TINH-ONE-PER-CLUSTER',
    title: 'Cờ thi đua cấp tỉnh: một tập thể dẫn đầu mỗi cụm, khối thi đua của tỉnh mỗi năm',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 26.1',
    severity: 'ERROR',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['CO_THI_DUA_TINH'],
    evaluate: (i) => {
      const year = subjectOf(i, 'CO_THI_DUA_TINH', RecipientKind.COLLECTIVE, true);
      const group = i.subject.provinceCluster?.trim();
      // Only yearly flags (Art. 26.1) of a unit whose cluster or bloc is recorded; movement flags are Art. 26.2.
      if (year === null || !group) return null;
      const key = foldVietnamese(group);
      const others = i.clusterPeers.filter(
        (a) =>
          a.id !== i.subject.id &&
          a.awardCode === 'CO_THI_DUA_TINH' &&
          a.kind === CommendationKind.REGULAR &&
          a.achievementYear === year &&
          live(a) &&
          foldVietnamese(a.provinceCluster) === key,
      );
      if (!others.length) return rulePass(`${group} chỉ có một tập thể được đề nghị Cờ thi đua cấp tỉnh năm ${year}.`, [i.subject.id]);
      return ruleFail(
        `Cờ thi đua cấp tỉnh tặng tập thể dẫn đầu cụm, khối thi đua của tỉnh, mỗi cụm, khối một tập thể mỗi năm; năm ${year} ${group} còn có: ${others.map((a) => a.recipientName).join('; ')}.`,
        [i.subject.id, ...ids(others)],
      );
    },
  },
  {
    id: 'R-DECISION-AFTER-ACHIEVEMENT',
    title: 'Quyết định sau khi có thành tích: không trước năm thành tích, danh hiệu hằng năm không giữa năm',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 7 và Điều 10 (xét tặng, khen thưởng căn cứ thành tích đạt được)',
    severity: 'ERROR',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: null,
    validTo: null,
    awards: null,
    evaluate: (i) => {
      const s = i.subject;
      if (s.kind !== CommendationKind.REGULAR || !s.decisionDate || s.achievementYear === null) return null;
      const date = ruleDateVi(s.decisionDate);
      if (s.decisionDate < `${s.achievementYear}-01-01`) {
        return ruleFail(
          `Quyết định ngày ${date} có trước năm thành tích ${s.achievementYear}: khen thưởng thường xuyên chỉ xét sau khi có thành tích.`,
          [s.id],
        );
      }
      const earliest = `${s.achievementYear}-${YEARLY_TITLE_EARLIEST_DECISION}`;
      if (YEARLY_TITLES.includes(s.awardCode) && s.decisionDate < earliest) {
        return ruleFail(
          `${s.awardName} là danh hiệu xét theo kết quả cả năm; quyết định ngày ${date} ở giữa năm thành tích ${s.achievementYear}, ` +
            `trước ${ruleDateVi(earliest)}, khi năm (kể cả năm học) chưa kết thúc.`,
          [s.id],
        );
      }
      return rulePass(`Quyết định ngày ${date} sau khi có thành tích năm ${s.achievementYear}.`);
    },
  },
  {
    id: 'R-DEADLINE',
    title: 'Thời hạn trình hồ sơ Cờ thi đua của Chính phủ và Chiến sĩ thi đua toàn quốc',
    basis:
      'Nghị định 98/2023/NĐ-CP Điều 32.1 (đến 30/06/2025); Nghị định 152/2025/NĐ-CP (từ 01/07/2025, thời hạn chưa xác nhận, theo cấu hình)',
    severity: 'WARNING',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: [...new Set(DEADLINE_REGIMES.flatMap((r) => Object.keys(r.deadlines)))],
    evaluate: (i) => {
      const s = i.subject;
      if (s.achievementYear === null) return null;
      const pending = s.status === CommendationStatus.DRAFT || s.status === CommendationStatus.RETURNED;
      // The regime is the one in force when the dossier went in (or today, for one not yet sent).
      const ref = s.submittedOn ?? (pending ? i.today : s.decisionDate);
      const regime = ref ? deadlineRegime(ref) : undefined;
      const monthDay = regime?.deadlines[s.awardCode];
      if (!ref || !regime || !monthDay) return null;
      const deadline = `${s.achievementYear + 1}-${monthDay}`;
      // A decision before the deadline proves the dossier arrived in time; a later one proves nothing.
      if (!s.submittedOn && !pending && ref > deadline) return null;
      const what = s.submittedOn
        ? `trình ngày ${ruleDateVi(s.submittedOn)}`
        : pending
          ? 'chưa trình'
          : `quyết định ngày ${ruleDateVi(ref)}`;
      const source = `${regime.source}${regime.confirmed ? '' : ', thời hạn theo cấu hình vì chưa xác nhận'}`;
      return ref > deadline
        ? ruleFail(`Hồ sơ ${s.awardName} năm ${s.achievementYear} phải trình trước ${ruleDateVi(deadline)} (${source}); ${what}.`, [s.id])
        : rulePass(`Hồ sơ ${s.awardName} năm ${s.achievementYear} trong hạn ${ruleDateVi(deadline)} (${source}; ${what}).`);
    },
  },
  {
    id: 'R-DISCIPLINE-FREEZE',
    title: 'Không đề nghị khi đang xem xét kỷ luật, thanh tra; thành tích tính từ khi hết thời hạn kỷ luật',
    basis:
      'Nghị định 152/2025/NĐ-CP Điều 4.4 (từ 01/07/2025); Luật Thi đua, khen thưởng 06/2022/QH15 Điều 28 (Tập thể lao động tiên tiến)',
    severity: 'ERROR',
    version: RULE_SET_VERSION,
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: null,
    evaluate: disciplineFreeze,
  },
  ...VOTE_RULES,
];

export function ruleById(id: string): EligibilityRule | undefined {
  return ELIGIBILITY_RULES.find((r) => r.id === id);
}
