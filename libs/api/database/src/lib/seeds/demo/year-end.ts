import {
  BallotChannel,
  CommendationKind,
  CommendationStatus,
  Period,
  RecipientKind,
  ScoreItemKind,
  ScoreMethod,
  ScoreSheetStatus,
  VOTE_DEFAULTS,
  VoteStatus,
} from '@tdkt/shared/contracts';
import { achievementRate, pledgeRateScore, rankByTotal, scoreTotals, tallyVote } from '@tdkt/shared/domain';
import { searchText } from '@tdkt/shared/util-text';
import {
  CommendationEntity,
  PledgeCriterionEntity,
  PledgeEntity,
  PledgeResultEntity,
  ScoreCardEntity,
  ScoreSheetEntity,
  StoredScoreAdjustment,
  StoredScoreCriterion,
  StoredScoreEntry,
  VoteBallotEntity,
  VoteEntity,
  VoteRegisterEntity,
} from '../../entities';
import { DemoContext, insertAll } from './context';
import { Random } from './random';

const YEAR = 2024;
const CLUSTER_NAME = 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc';

/** Demo assumptions: the items and points of the sheet are not a published regulation (law-notes §4.2). */
function sheetItems(pledgeCodes: Array<{ code: string; name: string }>): {
  criteria: StoredScoreCriterion[];
  bonuses: StoredScoreAdjustment[];
  deductions: StoredScoreAdjustment[];
} {
  const manual = (code: string, name: string, group: string, maxPoints: number): StoredScoreCriterion => ({
    code,
    name,
    group,
    maxPoints,
    method: ScoreMethod.MANUAL,
    pledgeCriterionCode: null,
  });
  const lead = 'I. Công tác lãnh đạo, chỉ đạo, tổ chức phong trào thi đua';
  const pledge = 'II. Kết quả thực hiện giao ước thi đua';
  const awards = 'III. Công tác khen thưởng và chế độ thông tin, báo cáo';
  return {
    criteria: [
      manual('I.1', 'Ban hành kế hoạch, hướng dẫn, phát động các phong trào thi đua', lead, 10),
      manual('I.2', 'Tuyên truyền, phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến', lead, 10),
      ...pledgeCodes.slice(0, 6).map((c, i) => ({
        code: `II.${i + 1}`,
        name: c.name,
        group: pledge,
        maxPoints: 10,
        method: ScoreMethod.PLEDGE_RATE,
        pledgeCriterionCode: c.code,
      })),
      manual('III.1', 'Khen thưởng kịp thời, đúng đối tượng, chú trọng người lao động trực tiếp', awards, 10),
      manual('III.2', 'Gửi báo cáo đầy đủ, đúng hạn', awards, 5),
    ],
    bonuses: [
      { code: 'T1', name: 'Sáng kiến, mô hình mới được Cụm ghi nhận và nhân rộng', maxPoints: 3 },
      { code: 'T2', name: 'Đăng cai tổ chức thành công hội nghị, hoạt động chung của Cụm', maxPoints: 2 },
    ],
    deductions: [{ code: 'D1', name: 'Gửi báo cáo chậm hoặc thiếu nội dung theo yêu cầu của Cụm', maxPoints: 2 }],
  };
}

/**
 * The 2024 year-end review of TDMNPB: the closed score sheet, every member's self and agreed scores (a few
 * agreed lower, with the chair's comment), the closed vote for the Government flag with its register and ballots
 * (entered from the paper ballots), and the cluster's DRAFT proposal for the elected province.
 */
export async function seedYearEnd2024(ctx: DemoContext, rng: Random): Promise<{ cards: number; ballots: number; elected: string[] }> {
  const { m } = ctx;
  const pledgeRow = await m.getRepository(PledgeEntity).findOneBy({ clusterId: ctx.cluster.id, year: YEAR });
  const pledgeCriteria = pledgeRow
    ? await m.getRepository(PledgeCriterionEntity).find({ where: { pledgeId: pledgeRow.id }, order: { sortOrder: 'ASC' } })
    : [];
  const results = pledgeCriteria.length
    ? await m
        .getRepository(PledgeResultEntity)
        .createQueryBuilder('r')
        .where('r.criterion_id = ANY(:ids) AND r.period = :period', { ids: pledgeCriteria.map((c) => c.id), period: Period.FY })
        .getMany()
    : [];
  const items = sheetItems(pledgeCriteria);
  const [sheetId] = await insertAll(m, ScoreSheetEntity, [
    {
      clusterId: ctx.cluster.id,
      year: YEAR,
      status: ScoreSheetStatus.CLOSED,
      ...items,
      copiedFromYear: null,
      openedAt: new Date('2024-11-15T02:00:00Z'),
      closedAt: new Date('2025-01-10T09:00:00Z'),
      isDemo: true,
    },
  ]);

  const sheetList = [
    ...items.criteria.map((c) => ({ ...c, kind: ScoreItemKind.CRITERION })),
    ...items.bonuses.map((b) => ({ ...b, kind: ScoreItemKind.BONUS, method: ScoreMethod.MANUAL })),
    ...items.deductions.map((d) => ({ ...d, kind: ScoreItemKind.DEDUCTION, method: ScoreMethod.MANUAL })),
  ];
  const round = (v: number) => Math.round(v * 2) / 2;
  const cards = ctx.provinces.map((p) => {
    const entries: Record<string, StoredScoreEntry> = {};
    for (const c of items.criteria.filter((x) => x.method === ScoreMethod.MANUAL)) {
      const self = Math.min(c.maxPoints, round(c.maxPoints * rng.between(0.8, 1)));
      // The chair's cross-check lowers about one score in eight, always with a reason.
      const lowered = rng.chance(0.12) && self >= 1;
      entries[c.code] = {
        selfScore: self,
        agreedScore: lowered ? self - 1 : self,
        note: `Minh chứng: kế hoạch, báo cáo năm ${YEAR} của UBND tỉnh ${p.name}`,
        comment: lowered ? 'Chưa đủ minh chứng cho toàn bộ nội dung tự chấm; Cụm thống nhất trừ 1 điểm' : null,
      };
    }
    if (rng.chance(0.4)) entries['T1'] = { selfScore: rng.int(1, 3), agreedScore: null, note: 'Mô hình được Cụm ghi nhận', comment: null };
    if (p.code === '17') entries['T2'] = { selfScore: 2, agreedScore: 2, note: 'Đăng cai hội nghị sơ kết ngày 29/7/2024', comment: null };
    if (rng.chance(0.15))
      entries['D1'] = { selfScore: 0, agreedScore: 1, note: null, comment: 'Báo cáo 6 tháng gửi chậm so với yêu cầu của Cụm' };
    const computed = new Map(
      items.criteria
        .filter((c) => c.method === ScoreMethod.PLEDGE_RATE)
        .map((c) => {
          const criterion = pledgeCriteria.find((x) => x.code === c.pledgeCriterionCode);
          const r = results.find((x) => x.criterionId === criterion?.id && x.provinceId === p.id);
          const rate = criterion && r ? achievementRate(criterion.targetKind, r.targetValue, r.actualValue) : null;
          return [c.code, pledgeRateScore(c.maxPoints, rate)] as const;
        }),
    );
    const totals = scoreTotals(sheetList, new Map(Object.entries(entries)), computed);
    return { p, entries, total: totals.total };
  });
  await insertAll(
    m,
    ScoreCardEntity,
    cards.map((c) => ({ sheetId, provinceId: c.p.id, entries: c.entries, isDemo: true })),
  );

  // The vote: the top three of the ranking stand; the members' paper ballots mostly name the leader.
  const ranked = rankByTotal(cards.map((c) => ({ key: c.p.code, total: c.total })));
  const candidates = ranked.slice(0, 3).map((r) => r.key);
  const ballots = ctx.provinces.map((_, i) => (i < 12 ? [candidates[0]] : i === 12 ? [candidates[1]] : []));
  const t = tallyVote({
    candidates,
    ballots,
    eligible: ctx.provinces.length,
    seats: VOTE_DEFAULTS.seats,
    quorum: VOTE_DEFAULTS.quorum,
    threshold: VOTE_DEFAULTS.threshold,
  });
  const flag = ctx.awardTypes.get('CO_THI_DUA_CHINH_PHU');
  if (!flag) throw new Error('demo data: award CO_THI_DUA_CHINH_PHU is missing');
  const closedAt = new Date('2025-01-17T04:00:00Z');
  const [voteId] = await insertAll(m, VoteEntity, [
    {
      clusterId: ctx.cluster.id,
      year: YEAR,
      meetingId: null,
      title: `Bình xét, suy tôn đơn vị dẫn đầu phong trào thi đua năm ${YEAR} đề nghị tặng Cờ thi đua của Chính phủ`,
      awardTypeId: flag.id,
      seats: VOTE_DEFAULTS.seats,
      candidates,
      quorum: VOTE_DEFAULTS.quorum,
      threshold: VOTE_DEFAULTS.threshold,
      status: VoteStatus.CLOSED,
      openedAt: new Date('2025-01-17T02:30:00Z'),
      closedAt,
      result: {
        rows: t.rows.map((r) => ({ provinceCode: r.candidate, votes: r.votes, share: r.share, elected: r.elected })),
        cast: t.cast,
        eligible: t.eligible,
        quorumBallots: t.quorumBallots,
        thresholdVotes: t.thresholdVotes,
        quorumMet: t.quorumMet,
        elected: t.elected,
        tieAtLastSeat: t.tieAtLastSeat,
      },
      isDemo: true,
    },
  ]);
  await m.getRepository(VoteRegisterEntity).insert(
    ctx.provinces.map((p, i) => ({
      voteId,
      provinceId: p.id,
      castAt: new Date(Date.parse('2025-01-17T03:00:00Z') + i * 60_000),
      channel: BallotChannel.PAPER,
      enteredBy: null,
    })),
  );
  // The box holds the ballots in random order, with nothing that names their provinces.
  await m.getRepository(VoteBallotEntity).insert(rng.shuffle(ballots).map((choices) => ({ voteId, choices })));

  for (const code of t.elected) {
    const p = ctx.provinces.find((x) => x.code === code);
    if (!p) continue;
    const row = t.rows.find((r) => r.candidate === code);
    const recipientName = `Ủy ban nhân dân tỉnh ${p.name}`;
    await insertAll(m, CommendationEntity, [
      {
        recipientKind: RecipientKind.COLLECTIVE,
        recipientName,
        position: null,
        organization: null,
        provinceId: p.id,
        gender: null,
        ethnicMinority: false,
        recipientClass: null,
        awardTypeId: flag.id,
        kind: CommendationKind.REGULAR,
        movementId: null,
        achievementYear: YEAR,
        decisionNumber: null,
        decisionDate: null,
        decidingAuthority: null,
        citation: `Đã có thành tích xuất sắc, dẫn đầu phong trào thi đua của ${CLUSTER_NAME} năm ${YEAR}; được Cụm suy tôn với ${row?.votes ?? 0}/${t.eligible} phiếu.`,
        status: CommendationStatus.DRAFT,
        statusReason: null,
        searchText: searchText(recipientName, null, null),
        isDemo: true,
        voteId,
      },
    ]);
  }
  return { cards: cards.length, ballots: ballots.length, elected: t.elected };
}
