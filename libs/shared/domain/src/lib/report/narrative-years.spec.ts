import { AwardLevel, CommendationKind, MembershipRole, Period, RecipientClass, RecipientKind, ReportStatistics } from '@tdkt/shared/contracts';
import { draftBulletin } from './bulletin';
import { emptyCommendationFigures, foldCommendations } from './commendation-figures';
import { changeClauseVi, draftSections } from './narrative';
import { foldPledge } from './pledge-figures';

/** A 2026 report of two members; `previous` is the same period of 2025 as the figures service computes it. */
function statistics(current: number, previous: { total: number; known?: boolean }): ReportStatistics {
  const groups = current
    ? [
        {
          provinceId: 'p1',
          awardTypeCode: 'BK_UBND',
          level: AwardLevel.PROVINCE,
          recipientKind: RecipientKind.INDIVIDUAL,
          recipientClass: RecipientClass.DIRECT_WORKER,
          kind: CommendationKind.REGULAR,
          count: current,
          women: 0,
          ethnicMinority: 0,
        },
      ]
    : [];
  const c = foldCommendations(groups, ['p1', 'p2'], []);
  const p = foldPledge(null, [], [], ['p1', 'p2']);
  const province = (id: string, code: string, name: string, role: MembershipRole) => ({
    provinceCode: code,
    provinceName: name,
    role,
    commendations: c.byProvince.get(id) ?? emptyCommendationFigures(),
    previous: { commendations: { total: 0 } },
    pledge: p.byProvince.get(id) ?? { criteria: [], averageRate: null },
    movements: { count: 0, subMovementsLaunched: 0, modelsBuilt: 0, participants: 0 },
    typicalExamples: { total: 0, byRecipientKind: {} },
  });
  return {
    cluster: {
      commendations: c.cluster,
      previous: { commendations: { total: previous.total }, ...(previous.known === undefined ? {} : { known: previous.known }) },
      change: { delta: current - previous.total, ratio: previous.total ? (current - previous.total) / previous.total : null },
      pledge: p.cluster,
      movements: { count: 0, subMovementsLaunched: 0, modelsBuilt: 0, participants: 0, items: [] },
      typicalExamples: { total: 0, byRecipientKind: {}, items: [] },
    },
    provinces: [province('p1', '19', 'Thái Nguyên', MembershipRole.CHAIR), province('p2', '20', 'Lạng Sơn', MembershipRole.VICE_CHAIR)],
    awardTypes: c.awardTypes,
    previousRange: { from: '2025-01-01', to: '2025-06-30' },
  };
}

const input = (s: ReportStatistics) => ({
  clusterName: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc',
  year: 2026,
  period: Period.H1,
  from: '2026-01-01',
  to: '2026-06-30',
  statistics: s,
});
const commendationsText = (s: ReportStatistics) => draftSections(input(s)).find((x) => x.key === 'results.commendations')!.text;
const bulletinText = (s: ReportStatistics) =>
  draftBulletin({
    clusterName: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc',
    year: 2026,
    period: Period.H1,
    statistics: s,
    meeting: { date: '2026-07-20', place: null, hostLabel: 'tỉnh Thái Nguyên', chairName: null, chairTitle: null, participants: null },
  }).body;

describe('no drafted sentence states a fact the data does not hold (years after 2024)', () => {
  it('leaves the comparison out when the previous year is not on record (no membership, no predecessor record)', () => {
    const unknown = statistics(12, { total: 0, known: false });
    const text = commendationsText(unknown);
    expect(text).toContain('được khen thưởng (0 lượt tập thể, 12 lượt cá nhân, 0 lượt hộ gia đình).');
    expect(text).not.toMatch(/cùng kỳ năm 2025/);
    expect(bulletinText(unknown)).not.toMatch(/cùng kỳ năm 2025/);
    expect(bulletinText(unknown)).toContain('12 lượt tập thể, cá nhân của các tỉnh trong Cụm được khen thưởng; trong đó');
  });

  it('says nothing about 2025 either when the current period has no award yet', () => {
    const text = commendationsText(statistics(0, { total: 0, known: false }));
    expect(text).toMatch(/chưa báo cáo quyết định khen thưởng nào\.$/);
    expect(text).not.toMatch(/2025/);
  });

  it('compares with the predecessors’ figures when they are on record, even without a 2025 membership', () => {
    const text = commendationsText(statistics(12, { total: 8, known: true }));
    expect(text).toContain('tăng 4 (50%) so với cùng kỳ năm 2025 (8)');
    expect(text).not.toContain('chưa có khen thưởng');
  });

  it('keeps the “no award in 2025” wording only where 2025 is on record with none', () => {
    expect(commendationsText(statistics(3, { total: 0, known: true }))).toContain('cùng kỳ năm 2025 chưa có khen thưởng');
  });

  it('treats figures frozen before `known` existed as known (their text does not change on recompute)', () => {
    const s = statistics(3, { total: 2 });
    expect(changeClauseVi(s, 3, 2025)).toBe(', tăng 1 (50%) so với cùng kỳ năm 2025 (2)');
    expect(changeClauseVi({ ...s, cluster: { ...s.cluster, previous: { ...s.cluster.previous, known: false } } }, 3, 2025)).toBe('');
  });
});
