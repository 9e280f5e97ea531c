import { CommendationKind, RecipientKind } from '@tdkt/shared/contracts';
import { EligibilityRule, RuleInput, RuleOutcome, VoteFact, ruleFail, rulePass } from './rule';

/** Awards a cluster proposes for its members after its vote (Law Art. 25.2 and 73.4c). */
export const CLUSTER_VOTED_AWARDS = ['CO_THI_DUA_CHINH_PHU', 'BANG_KHEN_THU_TUONG'] as const;

const NAMES: Record<string, string> = {
  BANG_KHEN_THU_TUONG: 'Bằng khen của Thủ tướng Chính phủ',
  CO_THI_DUA_CHINH_PHU: 'Cờ thi đua của Chính phủ',
};

/**
 * R-CO-CP-ONE-PER-CLUSTER, version 2 (with the cluster's vote): when the cluster has closed a vote for the Government
 * flag in the subject's year, the leading province is the one the vote elected, with its quorum met; a flag for
 * another member's People's Committee fails. Null when the cluster held no such vote (the peers check decides alone).
 */
export function flagVoteOutcome(i: RuleInput, year: number): RuleOutcome | null {
  const vote = (i.votes ?? []).find(
    (v) => v.awardCode === 'CO_THI_DUA_CHINH_PHU' && v.year === year && (!i.subject.voteId || v.id === i.subject.voteId),
  );
  if (!vote) return null;
  if (!vote.quorumMet) {
    return ruleFail(`Cuộc bỏ phiếu "${vote.title}" không đủ số phiếu tối thiểu nên không suy tôn được đơn vị dẫn đầu năm ${year}.`, [
      i.subject.id,
    ]);
  }
  if (vote.electedProvinceIds.length > 1) {
    return ruleFail(
      `Cuộc bỏ phiếu "${vote.title}" suy tôn ${vote.electedNames.join('; ')}: mỗi cụm chỉ một đơn vị dẫn đầu được đề nghị Cờ thi đua của Chính phủ.`,
      [i.subject.id],
    );
  }
  if (!i.subject.provinceId || !vote.electedProvinceIds.includes(i.subject.provinceId)) {
    return ruleFail(
      `Cụm đã bỏ phiếu suy tôn đơn vị dẫn đầu năm ${year}: ${vote.electedNames.join('; ') || 'không có đơn vị nào đạt'}; ${i.subject.recipientName} không được suy tôn.`,
      [i.subject.id],
    );
  }
  return null;
}

function votedSubjectYear(i: RuleInput): number | null {
  const s = i.subject;
  if (!s.voteId || !CLUSTER_VOTED_AWARDS.includes(s.awardCode as (typeof CLUSTER_VOTED_AWARDS)[number])) return null;
  if (s.recipientKind !== RecipientKind.COLLECTIVE || s.kind !== CommendationKind.REGULAR) return null;
  return s.achievementYear;
}

function describeVote(v: VoteFact): string {
  return `"${v.title}" (năm ${v.year}, ${NAMES[v.awardCode] ?? v.awardCode})`;
}

/** Rules that read the cluster's vote (spec §9); appended to the registry. */
export const VOTE_RULES: EligibilityRule[] = [
  {
    id: 'R-CLUSTER-VOTE-ELECTED',
    title: 'Cụm chỉ đề nghị Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng cho đơn vị được bình xét, suy tôn',
    basis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 25.2 và 73.4c',
    severity: 'ERROR',
    dateBasis: 'ACHIEVEMENT_YEAR',
    validFrom: '2024-01-01',
    validTo: null,
    awards: [...CLUSTER_VOTED_AWARDS],
    evaluate: (i) => {
      const year = votedSubjectYear(i);
      if (year === null) return null;
      const s = i.subject;
      const vote = (i.votes ?? []).find((v) => v.id === s.voteId);
      if (!vote) return ruleFail(`Hồ sơ lập từ một cuộc bỏ phiếu của cụm chưa kết thúc: chưa có kết quả bình xét, suy tôn.`, [s.id]);
      if (vote.awardCode !== s.awardCode) {
        return ruleFail(`Cuộc bỏ phiếu ${describeVote(vote)} không xét ${s.awardName}: hình thức đề nghị phải là hình thức đã bỏ phiếu.`, [
          s.id,
        ]);
      }
      if (vote.year !== year)
        return ruleFail(`Cuộc bỏ phiếu ${describeVote(vote)} xét thành tích năm ${vote.year}, không phải năm ${year}.`, [s.id]);
      if (!vote.quorumMet)
        return ruleFail(`Cuộc bỏ phiếu ${describeVote(vote)} không đủ số phiếu tối thiểu: kết quả không có giá trị.`, [s.id]);
      if (!s.provinceId || !vote.electedProvinceIds.includes(s.provinceId)) {
        return ruleFail(
          `Cuộc bỏ phiếu ${describeVote(vote)} suy tôn ${vote.electedNames.join('; ') || 'không đơn vị nào'}; ${s.recipientName} không được suy tôn nên cụm không đề nghị.`,
          [s.id],
        );
      }
      return rulePass(`${s.recipientName} được cụm bình xét, suy tôn trong cuộc bỏ phiếu ${describeVote(vote)}.`, [s.id]);
    },
  },
];
