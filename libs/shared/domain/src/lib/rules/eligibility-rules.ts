import { CommendationKind, CommendationStatus, RecipientKind } from '@tdkt/shared/contracts';
import { foldVietnamese } from '@tdkt/shared/util-text';
import { checkCommendation } from '../commendation-record';
import { authorityProblem, classifyAuthority } from './authority';
import { byYear, excludedNote, heldAwards, yearRange } from './history';
import { AwardFact, EligibilityRule, RuleInput, RuleOutcome, ruleDateVi, listVi, ruleFail, rulePass } from './rule';
import { VOTE_RULES, flagVoteOutcome } from './vote-rules';

/** Law 06/2022/QH15 is in force from this day; earlier decisions followed the 2003 law. */
export const LAW_2022_FROM = '2024-01-01';

/** Short Vietnamese names of the awards the chains mention. */
const NAMES: Record<string, string> = {
  BANG_KHEN_THU_TUONG: 'Bằng khen của Thủ tướng Chính phủ',
  BANG_KHEN_TINH: 'Bằng khen cấp tỉnh',
  CO_THI_DUA_TINH: 'Cờ thi đua cấp tỉnh',
  CSTD_CO_SO: 'Chiến sĩ thi đua cơ sở',
  CSTD_TINH: 'Chiến sĩ thi đua cấp tỉnh',
  HUAN_CHUONG_LAO_DONG_2: 'Huân chương Lao động hạng Nhì',
  HUAN_CHUONG_LAO_DONG_3: 'Huân chương Lao động hạng Ba',
  LAO_DONG_TIEN_TIEN: 'Lao động tiên tiến',
  TAP_THE_LAO_DONG_XUAT_SAC: 'Tập thể lao động xuất sắc',
};

const INACTIVE: readonly CommendationStatus[] = [CommendationStatus.REVOKED];

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
  /** Five consecutive years of TTLĐXS for collectives (Art. 73.4e). */
  everyYear?: string;
  evidence: string[];
}

/**
 * "An earlier X, then ≥5 years with …": the latest counted X at least 5 years before, and the awards
 * needed since it. Decree 152 Art. 4.1 lets a higher form be proposed on its own criteria, hence a warning.
 */
function laterChain(i: RuleInput, year: number, spec: LaterChain): RuleOutcome {
  const at = asOf(i);
  const { counted } = heldAwards(i.history, spec.prerequisite, at);
  const before = counted.filter((a) => (a.achievementYear ?? 0) < year);
  // The latest one that leaves a 5-year window; else the latest, to say how short the window is.
  const opener = before.filter((a) => (a.achievementYear ?? 0) <= year - 5).pop() ?? before[before.length - 1];
  const head = `${i.subject.awardName} cần ${NAMES[spec.prerequisite]} trước đó`;
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

/** Configurable (Decree 152 equivalent unconfirmed): month-day by which the dossier must reach MoHA in the year after the achievement. */
export const PROPOSAL_DEADLINES: Record<string, string> = { CO_THI_DUA_CHINH_PHU: '06-30', CSTD_TOAN_QUOC: '12-31' };

/** Every rule of awards.md, in the table's order. */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  {
    id: 'R-CSTD-TINH-CHAIN',
    title: 'Chiến sĩ thi đua cấp tỉnh: 3 năm liên tục Chiến sĩ thi đua cơ sở',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22.1a',
    severity: 'ERROR',
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['CSTD_TINH'],
    evaluate: (i) => {
      const year = subjectOf(i, 'CSTD_TINH');
      if (year === null) return null;
      const c = consecutive(i, 'CSTD_CO_SO', yearRange(year - 2, year));
      const text = `Chiến sĩ thi đua cấp tỉnh cần ${describe(c)}`;
      return c.missing.length ? ruleFail(text, ids(c.found)) : rulePass(text, ids(c.found));
    },
  },
  {
    id: 'R-CSTD-TQ-CHAIN',
    title: 'Chiến sĩ thi đua toàn quốc: 2 lần liên tục Chiến sĩ thi đua cấp tỉnh',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 21.1a',
    severity: 'ERROR',
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['CSTD_TOAN_QUOC'],
    evaluate: (i) => {
      const year = subjectOf(i, 'CSTD_TOAN_QUOC');
      if (year === null) return null;
      const { counted, excluded } = heldAwards(i.history, 'CSTD_TINH', asOf(i));
      const upTo = counted.filter((a) => (a.achievementYear ?? 0) <= year);
      const latest = upTo[upTo.length - 1];
      const previous = upTo.filter((a) => (a.achievementYear ?? 0) < (latest?.achievementYear ?? 0)).pop();
      const found = upTo.map((a) => a.achievementYear ?? 0);
      const seen = `tìm thấy ${found.length ? listVi([...new Set(found)]) : 'không năm nào'}.${excludedNote(excluded)}`;
      const head = `Chiến sĩ thi đua toàn quốc năm ${year} cần 2 lần liên tục Chiến sĩ thi đua cấp tỉnh, lần sau cùng năm ${year}`;
      if (!latest || latest.achievementYear !== year) return ruleFail(`${head}; ${seen}`, ids(upTo));
      // Each provincial title covers 3 years of CSTĐCS: the previous one ends at most 3 years earlier, or there is a gap.
      if (!previous || year - (previous.achievementYear ?? 0) > 3) {
        return ruleFail(`${head} và lần trước không muộn hơn ${year - 3}; ${seen}`, ids(upTo));
      }
      return rulePass(`${head}; ${seen}`, [previous.id, latest.id]);
    },
  },
  {
    id: 'R-CSTD-CS-LDTT',
    title: 'Chiến sĩ thi đua cơ sở: Lao động tiên tiến cùng năm',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 23',
    severity: 'ERROR',
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['CSTD_CO_SO'],
    evaluate: (i) => {
      const year = subjectOf(i, 'CSTD_CO_SO');
      if (year === null) return null;
      // The two titles are usually proposed together, so a pending LĐTT of the same year counts.
      const ldtt = i.history.find(
        (a) =>
          a.awardCode === 'LAO_DONG_TIEN_TIEN' &&
          a.achievementYear === year &&
          !INACTIVE.includes(a.status) &&
          a.status !== CommendationStatus.RETURNED,
      );
      return ldtt
        ? rulePass(
            `Có Lao động tiên tiến năm ${year}${ldtt.decisionDate ? ` (quyết định ngày ${ruleDateVi(ldtt.decisionDate)})` : ' (đang đề nghị)'}.`,
            [ldtt.id],
          )
        : ruleFail(
            `Chiến sĩ thi đua cơ sở năm ${year} cần danh hiệu Lao động tiên tiến cùng năm; không tìm thấy Lao động tiên tiến năm ${year}.`,
          );
    },
  },
  {
    id: 'R-BK-TINH-INDIV',
    title: 'Bằng khen cấp tỉnh (cá nhân): 2 năm liên tục Chiến sĩ thi đua cơ sở, hoặc minh chứng',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74',
    severity: 'WARNING',
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
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['HUAN_CHUONG_LAO_DONG_3'],
    evaluate: (i) => {
      const year = subjectOf(i, 'HUAN_CHUONG_LAO_DONG_3', RecipientKind.INDIVIDUAL);
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
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['HUAN_CHUONG_LAO_DONG_2'],
    evaluate: (i) => {
      const year = subjectOf(i, 'HUAN_CHUONG_LAO_DONG_2', RecipientKind.INDIVIDUAL);
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
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: ['HUAN_CHUONG_LAO_DONG_1'],
    evaluate: (i) => {
      const year = subjectOf(i, 'HUAN_CHUONG_LAO_DONG_1', RecipientKind.INDIVIDUAL);
      if (year === null) return null;
      return laterChain(i, year, {
        prerequisite: 'HUAN_CHUONG_LAO_DONG_2',
        alternatives: [{ label: '2 Chiến sĩ thi đua cấp tỉnh', needs: [{ code: 'CSTD_TINH', min: 2 }] }],
        evidence: ['5 năm liên tục hoàn thành tốt nhiệm vụ, trong đó ít nhất 3 năm hoàn thành xuất sắc'],
      });
    },
  },
  {
    id: 'R-ONE-ACHIEVEMENT',
    title: 'Một thành tích chỉ khen một lần',
    // The principle predates the 2022 law (Luật Thi đua, khen thưởng 2003 had it too), so it is not dated.
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 5.2c',
    severity: 'ERROR',
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
      if (!same.length) return rulePass(`Không có ${s.awardName} nào khác cho năm thành tích ${s.achievementYear}.`);
      const others = same.map((a) =>
        a.decisionDate ? `quyết định ngày ${ruleDateVi(a.decisionDate)} của ${a.decidingAuthority ?? 'không rõ cấp'}` : `hồ sơ ${a.status}`,
      );
      return ruleFail(
        `${s.awardName} năm thành tích ${s.achievementYear} đã có ${same.length === 1 ? 'một' : same.length} bản ghi khác cho cùng người nhận (${others.join('; ')}): một thành tích chỉ được khen một lần.`,
        ids(same),
      );
    },
  },
  {
    id: 'R-EXTRA-NOT-COUNTED',
    title: 'Khen thưởng đột xuất, theo chuyên đề không tính vào chuỗi thành tích',
    basis: 'Nghị định 152/2025/NĐ-CP Điều 4.3',
    severity: 'INPUT',
    dateBasis: 'DECISION_DATE',
    validFrom: '2025-07-01',
    validTo: null,
    awards: null,
  },
  {
    id: 'R-AUTHORITY',
    title: 'Thẩm quyền quyết định đúng cấp khen thưởng',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 77–80; Nghị định 129/2025/NĐ-CP Điều 59',
    severity: 'ERROR',
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
    id: 'R-DECISION-AFTER-ACHIEVEMENT',
    title: 'Quyết định không trước năm thành tích',
    basis: 'Nguyên tắc khen thưởng thường xuyên (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 8)',
    severity: 'ERROR',
    dateBasis: 'DECISION_DATE',
    validFrom: null,
    validTo: null,
    awards: null,
    evaluate: (i) => {
      const s = i.subject;
      if (s.kind !== CommendationKind.REGULAR || !s.decisionDate || s.achievementYear === null) return null;
      return s.decisionDate < `${s.achievementYear}-01-01`
        ? ruleFail(
            `Quyết định ngày ${ruleDateVi(s.decisionDate)} có trước năm thành tích ${s.achievementYear}: khen thưởng thường xuyên chỉ xét sau khi có thành tích.`,
            [s.id],
          )
        : rulePass(`Quyết định ngày ${ruleDateVi(s.decisionDate)} sau khi bắt đầu năm thành tích ${s.achievementYear}.`);
    },
  },
  {
    id: 'R-DEADLINE',
    title: 'Thời hạn trình hồ sơ Cờ thi đua của Chính phủ (30/6) và Chiến sĩ thi đua toàn quốc (31/12)',
    basis: 'Nghị định 98/2023/NĐ-CP Điều 32 (quy định tương ứng của Nghị định 152/2025/NĐ-CP chưa xác nhận)',
    severity: 'WARNING',
    dateBasis: 'DECISION_DATE',
    validFrom: LAW_2022_FROM,
    validTo: null,
    awards: Object.keys(PROPOSAL_DEADLINES),
    evaluate: (i) => {
      const s = i.subject;
      const monthDay = PROPOSAL_DEADLINES[s.awardCode];
      if (!monthDay || s.achievementYear === null) return null;
      const deadline = `${s.achievementYear + 1}-${monthDay}`;
      const pending = s.status === CommendationStatus.DRAFT || s.status === CommendationStatus.RETURNED;
      // A decision before the deadline proves the dossier arrived in time; otherwise the submission date decides.
      const sent = s.submittedOn ?? (s.decisionDate && s.decisionDate <= deadline ? s.decisionDate : null) ?? (pending ? i.today : null);
      if (!sent) return null;
      const what = s.submittedOn
        ? `trình ngày ${ruleDateVi(s.submittedOn)}`
        : pending
          ? 'chưa trình'
          : `quyết định ngày ${ruleDateVi(sent)}`;
      return sent > deadline
        ? ruleFail(`Hồ sơ ${s.awardName} năm ${s.achievementYear} phải trình trước ${ruleDateVi(deadline)}; ${what}.`, [s.id])
        : rulePass(`Hồ sơ ${s.awardName} năm ${s.achievementYear} trong hạn ${ruleDateVi(deadline)} (${what}).`);
    },
  },
  ...VOTE_RULES,
];

export function ruleById(id: string): EligibilityRule | undefined {
  return ELIGIBILITY_RULES.find((r) => r.id === id);
}

/** Stored with each finding: the latest legal change the rules follow, and their revision since. */
export const RULE_SET_VERSION = '2025-07-01.2';
