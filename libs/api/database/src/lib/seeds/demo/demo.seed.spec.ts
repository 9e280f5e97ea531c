import { CommendationStatus, MembershipRole, Period, RecipientClass, RecipientKind } from '@tdkt/shared/contracts';
import { parseDecisionNumber } from '@tdkt/shared/util-text';
import { DataSource } from 'typeorm';
import { createDataSource } from '../../data-source';
import {
  AwardTypeEntity,
  ClusterEntity,
  ClusterMembershipEntity,
  CommendationEntity,
  MeetingEntity,
  MovementEntity,
  MovementResultEntity,
  PledgeCriterionEntity,
  PledgeEntity,
  PledgeResultEntity,
  ProvinceEntity,
  ScoreCardEntity,
  ScoreSheetEntity,
  TypicalExampleEntity,
  VoteEntity,
} from '../../entities';
import { seedReferenceData } from '../reference.seed';
import { seedDemoData } from './demo.seed';

describe('demo dataset (TDMNPB 2023–2024)', () => {
  let ds: DataSource;
  let summary: string;
  let cluster: ClusterEntity;
  let provinces: ProvinceEntity[];
  let commendations: CommendationEntity[];
  let awardTypes: Map<string, AwardTypeEntity>;

  beforeAll(async () => {
    ds = createDataSource({ pgliteDir: 'memory://' });
    await ds.initialize();
    if (await ds.showMigrations()) await ds.runMigrations();
    await seedReferenceData(ds);
    summary = await ds.transaction((m) => seedDemoData(m));
    cluster = await ds.getRepository(ClusterEntity).findOneByOrFail({ code: 'TDMNPB' });
    provinces = await ds.getRepository(ProvinceEntity).find();
    commendations = await ds.getRepository(CommendationEntity).find();
    awardTypes = new Map((await ds.getRepository(AwardTypeEntity).find()).map((a) => [a.id, a]));
  }, 120_000);

  afterAll(() => ds?.destroy());

  const members = (year: number) => ds.getRepository(ClusterMembershipEntity).findBy({ clusterId: cluster.id, year });
  const code = (id: string) => provinces.find((p) => p.id === id)?.code;

  it('ran every migration on the in-memory database', async () => {
    expect(await ds.showMigrations()).toBe(false);
  });

  it('answers a one-line English summary of what it loaded', () => {
    expect(summary).toMatch(
      /^14 memberships for 2023, 7 movements with \d+ results, 2 pledges with 16 criteria and \d+ results, \d+ commendations, \d+ typical examples, 3 meetings, the 2024 year-end review \(14 score cards, 14 ballots, 1 nomination\)$/,
    );
  });

  it('has the same 14 members in 2023 and 2024, with one chair and one vice-chair each year', async () => {
    for (const year of [2023, 2024]) {
      const rows = await members(year);
      expect(rows).toHaveLength(14);
      expect(rows.filter((r) => r.role === MembershipRole.CHAIR)).toHaveLength(1);
      expect(rows.filter((r) => r.role === MembershipRole.VICE_CHAIR)).toHaveLength(1);
    }
    const ids = async (year: number) => (await members(year)).map((r) => r.provinceId).sort();
    expect(await ids(2023)).toEqual(await ids(2024));
    const chair2024 = (await members(2024)).find((r) => r.role === MembershipRole.CHAIR);
    expect(code(chair2024?.provinceId ?? '')).toBe('08');
  });

  it('records the 29/7/2024 meeting as the source article reports it', async () => {
    const meeting = await ds.getRepository(MeetingEntity).findOneByOrFail({ date: '2024-07-29' });
    expect(meeting).toMatchObject({
      clusterId: cluster.id,
      year: 2024,
      period: Period.H1,
      chairName: 'Nguyễn Mạnh Tuấn',
      place: 'Trung tâm hội nghị APPlaza, tỉnh Hòa Bình',
      isDemo: true,
    });
    expect(code(meeting.hostProvinceId)).toBe('17');
    expect(meeting.participants).toContain('Phan Văn Hùng');
    expect(meeting.notes).toContain('Nguyễn Văn Việt');
    expect(await ds.getRepository(MeetingEntity).count()).toBe(3);
  });

  it('has the Prime Minister movements and one cluster movement, each with H1 ≤ FY results per member and year', async () => {
    const movements = await ds.getRepository(MovementEntity).find();
    expect(movements.filter((m) => m.launchedBy === 'PRIME_MINISTER')).toHaveLength(6);
    expect(movements.find((m) => m.name.startsWith('Chung tay xóa nhà tạm'))?.launchedOn).toBe('2024-04-13');
    const results = await ds.getRepository(MovementResultEntity).find();
    // 5 movements ran in 2023, 7 in 2024; 14 provinces × 2 periods each.
    expect(results).toHaveLength((5 + 7) * 14 * 2);
    for (const fy of results.filter((r) => r.period === Period.FY)) {
      const h1 = results.find(
        (r) => r.movementId === fy.movementId && r.provinceId === fy.provinceId && r.year === fy.year && r.period === Period.H1,
      );
      expect(h1).toBeDefined();
      expect(fy.participants ?? 0).toBeGreaterThanOrEqual(h1?.participants ?? 0);
      expect(fy.modelsBuilt ?? 0).toBeGreaterThanOrEqual(h1?.modelsBuilt ?? 0);
    }
  });

  it('has a pledge per year with 6–10 criteria scoring 100, and a result for every province × criterion × period', async () => {
    const pledges = await ds.getRepository(PledgeEntity).findBy({ clusterId: cluster.id });
    expect(pledges.map((p) => p.year).sort()).toEqual([2023, 2024]);
    const memberIds = (await members(2024)).map((r) => r.provinceId);
    for (const pledge of pledges) {
      const criteria = await ds.getRepository(PledgeCriterionEntity).findBy({ pledgeId: pledge.id });
      expect(criteria.length).toBeGreaterThanOrEqual(6);
      expect(criteria.length).toBeLessThanOrEqual(10);
      expect(criteria.reduce((sum, c) => sum + c.maxScore, 0)).toBe(100);
      const results = await ds.getRepository(PledgeResultEntity).findBy(criteria.map((c) => ({ criterionId: c.id })));
      expect(results).toHaveLength(criteria.length * memberIds.length * 2);
      for (const c of criteria) {
        for (const provinceId of memberIds) {
          for (const period of [Period.H1, Period.FY]) {
            const r = results.find((x) => x.criterionId === c.id && x.provinceId === provinceId && x.period === period);
            expect(r?.targetValue).not.toBeNull();
            expect(r?.actualValue).not.toBeNull();
          }
        }
      }
    }
  });

  it('has 350–450 commendations, each with an award type that accepts its recipient kind', () => {
    expect(commendations.length).toBeGreaterThanOrEqual(350);
    expect(commendations.length).toBeLessThanOrEqual(450);
    for (const c of commendations) {
      expect(awardTypes.get(c.awardTypeId)?.recipientKinds).toContain(c.recipientKind);
      expect(c.isDemo).toBe(true);
      expect(c.searchText.length).toBeGreaterThan(0);
    }
  });

  it('gives decided awards their decision fields, within 2021–2024 and, but for one, not before the achievement year', () => {
    const decided = commendations.filter((c) => c.status === CommendationStatus.APPROVED || c.status === CommendationStatus.REVOKED);
    for (const c of decided) {
      expect(parseDecisionNumber(c.decisionNumber ?? '')).toMatchObject({ kind: 'QĐ' });
      expect(c.decidingAuthority).toBeTruthy();
      expect(c.decisionDate && c.decisionDate >= '2021-01-01' && c.decisionDate <= '2024-12-31').toBe(true);
    }
    // One hand-made record is decided before its achievement year, for the council audit to catch.
    const early = decided.filter((c) => Number(c.decisionDate?.slice(0, 4)) < (c.achievementYear ?? 0));
    expect(early.map((c) => c.recipientName)).toEqual(['Nông Văn Thạch']);
    for (const c of decided.filter((d) => !early.includes(d))) {
      const year = Number(c.decisionDate?.slice(0, 4));
      expect([year - 1, year]).toContain(c.achievementYear);
    }
    const inDemoYears = decided.filter((c) => (c.decisionDate ?? '') >= '2023-01-01');
    expect(inDemoYears.length / commendations.length).toBeGreaterThan(0.85);
    expect(decided.some((c) => c.decisionDate === '2024-06-30')).toBe(true);
    expect(decided.some((c) => c.decisionDate === '2024-07-01')).toBe(true);
    for (const year of [2023, 2024]) {
      expect(decided.some((c) => (c.decisionDate ?? '') >= `${year}-01-01` && (c.decisionDate ?? '') <= `${year}-06-30`)).toBe(true);
      expect(decided.some((c) => (c.decisionDate ?? '') >= `${year}-07-01` && (c.decisionDate ?? '') <= `${year}-12-31`)).toBe(true);
    }
  });

  it('mixes statuses, recipient kinds and recipient classes as the brief describes', () => {
    const count = (pred: (c: CommendationEntity) => boolean) => commendations.filter(pred).length;
    expect(count((c) => c.status === CommendationStatus.SUBMITTED)).toBe(10);
    // Five drafts at the provinces and the cluster's nomination for the 2024 Government flag.
    expect(count((c) => c.status === CommendationStatus.DRAFT)).toBe(6);
    expect(count((c) => c.status === CommendationStatus.RETURNED)).toBe(3);
    expect(count((c) => c.status === CommendationStatus.REVOKED)).toBe(2);
    for (const c of commendations.filter((x) => x.status !== CommendationStatus.APPROVED && x.status !== CommendationStatus.REVOKED)) {
      expect([c.decisionNumber, c.decisionDate, c.decidingAuthority]).toEqual([null, null, null]);
    }
    const individuals = commendations.filter((c) => c.recipientKind === RecipientKind.INDIVIDUAL);
    expect(individuals.length / commendations.length).toBeGreaterThan(0.6);
    expect(count((c) => c.recipientKind === RecipientKind.HOUSEHOLD)).toBeGreaterThan(0);
    for (const c of individuals) {
      expect(c.gender).not.toBeNull();
      expect(c.recipientClass).not.toBeNull();
    }
    const directShare = individuals.filter((c) => c.recipientClass === RecipientClass.DIRECT_WORKER).length / individuals.length;
    expect(directShare).toBeGreaterThanOrEqual(0.25);
    expect(directShare).toBeLessThanOrEqual(0.45);
    expect(individuals.filter((c) => c.ethnicMinority).length).toBeGreaterThan(individuals.length / 3);
    expect(new Set(commendations.map((c) => c.provinceId)).size).toBe(14);
  });

  it('keeps the award histories the eligibility rules need', () => {
    const of = (name: string) =>
      commendations
        .filter((c) => c.recipientName === name)
        .map((c) => `${awardCode(c)}:${c.achievementYear}`)
        .sort();
    const awardCode = (c: CommendationEntity) => awardTypes.get(c.awardTypeId)?.code;
    expect(of('Ma Thị Hường')).toEqual([
      'CSTD_CO_SO:2021',
      'CSTD_CO_SO:2022',
      'CSTD_CO_SO:2023',
      'CSTD_TINH:2023',
      'LAO_DONG_TIEN_TIEN:2021',
      'LAO_DONG_TIEN_TIEN:2022',
      'LAO_DONG_TIEN_TIEN:2023',
    ]);
    expect(of('Giàng Seo Phử')).not.toContain('CSTD_CO_SO:2022');
    expect(of('Giàng Seo Phử')).toContain('CSTD_TINH:2023');
    expect(of('Bùi Thị Thơm').filter((x) => x === 'CSTD_CO_SO:2023')).toHaveLength(2);
  });

  it('honours one typical example per province at the 29/7/2024 meeting', async () => {
    const meeting = await ds.getRepository(MeetingEntity).findOneByOrFail({ date: '2024-07-29' });
    const examples = await ds.getRepository(TypicalExampleEntity).find();
    const honoured = examples.filter((e) => e.honouredAtMeetingId === meeting.id);
    expect(new Set(honoured.map((e) => e.provinceId)).size).toBe(14);
    expect(honoured.every((e) => e.honouredOn === '2024-07-29' && e.movementId !== null)).toBe(true);
    expect(examples.filter((e) => e.honouredOn.startsWith('2023')).length).toBeGreaterThan(0);
  });
  it('has the complete 2024 year-end review: a closed sheet, every member scored, a closed vote with its ballots, the nomination', async () => {
    const sheet = await ds.getRepository(ScoreSheetEntity).findOneByOrFail({ clusterId: cluster.id, year: 2024 });
    expect(sheet.status).toBe('CLOSED');
    expect(sheet.criteria.some((c) => c.method === 'PLEDGE_RATE' && c.pledgeCriterionCode)).toBe(true);
    const cards = await ds.getRepository(ScoreCardEntity).findBy({ sheetId: sheet.id });
    expect(new Set(cards.map((c) => c.provinceId))).toEqual(new Set((await members(2024)).map((x) => x.provinceId)));
    // Where the chair agreed a different score, the comment says why.
    const entries = cards.flatMap((c) => Object.values(c.entries));
    const differing = entries.filter((e) => e.agreedScore !== null && e.selfScore !== null && e.agreedScore !== e.selfScore);
    expect(differing.length).toBeGreaterThan(0);
    for (const e of differing) expect(e.comment).toBeTruthy();
    const [vote] = await ds.getRepository(VoteEntity).findBy({ clusterId: cluster.id, year: 2024 });
    expect(vote).toMatchObject({ status: 'CLOSED', seats: 1, quorum: 0.6667, threshold: 0.8 });
    expect(vote.result).toMatchObject({ cast: 14, eligible: 14, quorumMet: true, elected: [vote.candidates[0]] });
    const [{ n: registered }] = await ds.query(`SELECT count(*)::int AS n FROM vote_register WHERE vote_id = $1`, [vote.id]);
    const [{ n: ballots }] = await ds.query(`SELECT count(*)::int AS n FROM vote_ballots WHERE vote_id = $1`, [vote.id]);
    expect([registered, ballots]).toEqual([14, 14]);
    const nominations = commendations.filter((c) => c.voteId === vote.id);
    expect(nominations).toHaveLength(1);
    expect(nominations[0]).toMatchObject({
      status: CommendationStatus.DRAFT,
      recipientKind: RecipientKind.COLLECTIVE,
      achievementYear: 2024,
    });
    expect(code(nominations[0].provinceId)).toBe(vote.candidates[0]);
  });
});
