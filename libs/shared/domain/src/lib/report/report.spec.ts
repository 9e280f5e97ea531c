import {
  AwardLevel,
  CommendationKind,
  MembershipRole,
  Period,
  RecipientClass,
  RecipientKind,
  ReportStatistics,
  TargetKind,
} from '@tdkt/shared/contracts';
import { draftBulletin } from './bulletin';
import { CommendationGroup, emptyCommendationFigures, foldCommendations } from './commendation-figures';
import { joinVi, numberVi, percentVi, placeDateLineVi, previousYearRange, reportSummaryVi, shortDateVi } from './format-vi';
import { changeVi, draftSections, editSections, partTitleBefore, redraftSections } from './narrative';
import { averageRate, foldPledge } from './pledge-figures';

const group = (over: Partial<CommendationGroup>): CommendationGroup => ({
  provinceId: 'p1',
  awardTypeCode: 'BK_UBND',
  level: AwardLevel.PROVINCE,
  recipientKind: RecipientKind.INDIVIDUAL,
  recipientClass: RecipientClass.DIRECT_WORKER,
  kind: CommendationKind.REGULAR,
  count: 1,
  women: 0,
  ethnicMinority: 0,
  ...over,
});

const catalogue = [
  { code: 'HCLD3', name: 'Huân chương Lao động hạng Ba', level: AwardLevel.STATE, category: 'COMMENDATION_FORM', sortOrder: 1 },
  { code: 'BK_UBND', name: 'Bằng khen của Chủ tịch UBND tỉnh', level: AwardLevel.PROVINCE, category: 'COMMENDATION_FORM', sortOrder: 5 },
];

describe('foldCommendations', () => {
  const groups = [
    group({ count: 3, women: 2, ethnicMinority: 1 }),
    group({ recipientKind: RecipientKind.COLLECTIVE, recipientClass: null, count: 2, kind: CommendationKind.THEMATIC }),
    group({ provinceId: 'p2', awardTypeCode: 'HCLD3', level: AwardLevel.STATE, recipientClass: RecipientClass.LEADER, count: 1, women: 1 }),
    group({ provinceId: 'outsider', count: 50 }),
  ];
  const folded = foldCommendations(groups, ['p1', 'p2', 'p3'], catalogue);

  it('sums each breakdown per province and for the cluster, ignoring non-members', () => {
    expect(folded.cluster.total).toBe(6);
    expect(folded.cluster.byLevel).toEqual({ STATE: 1, GOVERNMENT: 0, PROVINCE: 5, GRASSROOTS: 0 });
    expect(folded.cluster.byAwardType).toEqual({ BK_UBND: 5, HCLD3: 1 });
    expect(folded.cluster.byRecipientKind).toEqual({ COLLECTIVE: 2, HOUSEHOLD: 0, INDIVIDUAL: 4 });
    expect(folded.cluster.byRecipientClass).toMatchObject({ DIRECT_WORKER: 3, LEADER: 1, MANAGER: 0 });
    expect(folded.cluster.byKind).toMatchObject({ REGULAR: 4, THEMATIC: 2, EXTRAORDINARY: 0 });
    expect(folded.cluster).toMatchObject({ directWorkers: 3, women: 3, ethnicMinority: 1 });
    expect(folded.byProvince.get('p1')?.total).toBe(5);
    expect(folded.byProvince.get('p2')?.total).toBe(1);
  });

  it('gives a member without records zeros in every fixed column', () => {
    expect(folded.byProvince.get('p3')).toEqual(emptyCommendationFigures());
  });

  it('lists award types in catalogue order with their recipient split', () => {
    expect(folded.awardTypes.map((a) => a.code)).toEqual(['HCLD3', 'BK_UBND']);
    expect(folded.awardTypes[1]).toMatchObject({ total: 5, byRecipientKind: { COLLECTIVE: 2, INDIVIDUAL: 3 }, byKind: { THEMATIC: 2 } });
  });
});

describe('foldPledge', () => {
  const criteria = [
    { code: 'TC1', name: 'Hồ sơ đúng hạn', unit: '%', targetKind: TargetKind.PERCENTAGE, maxScore: 60 },
    { code: 'TC2', name: 'Ban hành kế hoạch', unit: null, targetKind: TargetKind.YES_NO, maxScore: 40 },
  ];
  const results = [
    { provinceId: 'p1', criterionCode: 'TC1', targetValue: 100, actualValue: 80 },
    { provinceId: 'p1', criterionCode: 'TC2', targetValue: 1, actualValue: 1 },
    { provinceId: 'p2', criterionCode: 'TC1', targetValue: 90, actualValue: 99 },
  ];
  const f = foldPledge({ signedOn: '2024-03-08', place: 'Tuyên Quang' }, criteria, results, ['p1', 'p2', 'p3']);

  it('computes each rate, caps overshoot in averages, and counts achieving provinces', () => {
    expect(f.byProvince.get('p1')?.criteria.map((c) => c.rate)).toEqual([0.8, 1]);
    expect(f.byProvince.get('p1')?.averageRate).toBeCloseTo(0.9);
    expect(f.byProvince.get('p2')?.averageRate).toBe(1);
    expect(f.byProvince.get('p3')).toEqual({ criteria: expect.any(Array), averageRate: null });
    expect(f.cluster.criteria[0]).toMatchObject({ provincesReported: 2, provincesAchieved: 1 });
    expect(f.cluster.criteria[0].averageRate).toBeCloseTo(0.9);
    expect(f.cluster).toMatchObject({ signedOn: '2024-03-08', place: 'Tuyên Quang' });
  });

  it('averageRate of nothing is null', () => {
    expect(averageRate([null, null])).toBeNull();
  });
});

describe('Vietnamese formatting', () => {
  it('numbers, percentages and dates', () => {
    expect(numberVi(1234567)).toBe('1.234.567');
    expect(percentVi(0.855)).toBe('85,5%');
    expect(percentVi(1)).toBe('100%');
    expect(shortDateVi('2024-07-29')).toBe('29/7/2024');
    expect(joinVi(['A', 'B', 'C'])).toBe('A, B và C');
  });

  it('place-date line: leading zero for days below 10 and for January and February (Decree 30/2020)', () => {
    expect(placeDateLineVi('Tuyên Quang', '2024-07-29', 2024)).toBe('Tuyên Quang, ngày 29 tháng 7 năm 2024');
    expect(placeDateLineVi('Hà Nội', '2020-01-05', 2020)).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(placeDateLineVi('Hà Nội', null, 2024)).toBe('Hà Nội, ngày … tháng … năm 2024');
  });

  it('previous-year range keeps the days, 29 February becomes 28', () => {
    expect(previousYearRange({ from: '2024-01-01', to: '2024-06-30' })).toEqual({ from: '2023-01-01', to: '2023-06-30' });
    expect(previousYearRange({ from: '2024-01-01', to: '2024-02-29' })).toEqual({ from: '2023-01-01', to: '2023-02-28' });
  });

  it('summary line and change wording', () => {
    expect(reportSummaryVi(2024, Period.H1)).toContain('6 tháng đầu năm 2024');
    expect(reportSummaryVi(2024, Period.FY)).toContain('nhiệm vụ năm 2025');
    expect(changeVi(120, 100, 2023)).toBe('tăng 20 (20%) so với cùng kỳ năm 2023 (100)');
    expect(changeVi(80, 100, 2023)).toBe('giảm 20 (20%) so với cùng kỳ năm 2023 (100)');
    expect(changeVi(5, 0, 2023)).toBe('cùng kỳ năm 2023 chưa có khen thưởng');
  });
});

function statistics(): ReportStatistics {
  const c = foldCommendations([group({ count: 10, women: 4 }), group({ provinceId: 'p2', count: 5 })], ['p1', 'p2'], catalogue);
  const p = foldPledge(null, [], [], ['p1', 'p2']);
  const province = (id: string, code: string, name: string, role: MembershipRole) => ({
    provinceCode: code,
    provinceName: name,
    role,
    commendations: c.byProvince.get(id) ?? emptyCommendationFigures(),
    previous: { commendations: { total: 4 } },
    pledge: p.byProvince.get(id) ?? { criteria: [], averageRate: null },
    movements: { count: 0, subMovementsLaunched: 0, modelsBuilt: 0, participants: 0 },
    typicalExamples: { total: 0, byRecipientKind: {} },
  });
  return {
    cluster: {
      commendations: c.cluster,
      previous: { commendations: { total: 8 } },
      change: { delta: 7, ratio: 7 / 8 },
      pledge: p.cluster,
      movements: { count: 0, subMovementsLaunched: 0, modelsBuilt: 0, participants: 0, items: [] },
      typicalExamples: { total: 0, byRecipientKind: {}, items: [] },
    },
    provinces: [province('p1', '08', 'Tuyên Quang', MembershipRole.CHAIR), province('p2', '17', 'Hòa Bình', MembershipRole.VICE_CHAIR)],
    awardTypes: c.awardTypes,
    previousRange: { from: '2023-01-01', to: '2023-06-30' },
  };
}

const input = {
  clusterName: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc',
  year: 2024,
  period: Period.H1,
  from: '2024-01-01',
  to: '2024-06-30',
  statistics: statistics(),
};

describe('draftSections', () => {
  const sections = draftSections(input);

  it('drafts the eleven sections of §3 in order, parts III–IV titled in capitals', () => {
    expect(sections.map((s) => s.key)).toEqual([
      'results.direction',
      'results.propaganda',
      'results.movements',
      'results.pledge',
      'results.commendations',
      'results.typicalExamples',
      'results.clusterActivities',
      'assessment',
      'limitations',
      'tasks',
      'proposals',
    ]);
    expect(sections.find((s) => s.key === 'tasks')?.title).toBe('III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024');
    expect(sections.every((s) => !s.edited && s.text.length > 0)).toBe(true);
  });

  it('writes the commendation figures, the comparison and the leading provinces', () => {
    const text = sections.find((s) => s.key === 'results.commendations')?.text ?? '';
    expect(text).toContain('Trong 6 tháng đầu năm 2024 (từ ngày 1/1/2024 đến ngày 30/6/2024)');
    expect(text).toContain('có 15 lượt tập thể, cá nhân, hộ gia đình của các tỉnh trong Cụm được khen thưởng');
    expect(text).toContain('tăng 7 (87,5%) so với cùng kỳ năm 2023 (8)');
    expect(text).toContain('nữ 4 lượt (26,7% số lượt cá nhân được khen thưởng)');
    expect(text).toContain('- Theo loại hình: khen thưởng thường xuyên 15;');
    expect(text).toContain('Các tỉnh có số lượt khen thưởng nhiều nhất: Tuyên Quang (10 lượt) và Hòa Bình (5 lượt).');
  });

  it('says so when there is no pledge yet', () => {
    expect(sections.find((s) => s.key === 'results.pledge')?.text).toBe('Chưa có số liệu giao ước thi đua năm 2024 của Cụm.');
  });

  it('prints part II before the strengths, but not before a section of an older report titled as a part', () => {
    expect(partTitleBefore('assessment', ['results.direction'])).toBe('II. ĐÁNH GIÁ CHUNG');
    expect(partTitleBefore('limitations', ['results.propaganda'], 'II. HẠN CHẾ VÀ NGUYÊN NHÂN')).toBeNull();
    expect(partTitleBefore('results.propaganda', [])).toBe('I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG');
    expect(partTitleBefore('tasks', ['assessment', 'limitations'])).toBeNull();
  });

  it('keeps edited sections when redrafting and replaces the others', () => {
    const edited = editSections(sections, [{ key: 'proposals', text: 'Kiến nghị của Cụm trưởng.' }]);
    expect(edited.find((s) => s.key === 'proposals')).toMatchObject({ text: 'Kiến nghị của Cụm trưởng.', edited: true });
    const changed = {
      ...input,
      statistics: { ...input.statistics, cluster: { ...input.statistics.cluster, previous: { commendations: { total: 15 } } } },
    };
    const again = redraftSections(edited, changed);
    expect(again.find((s) => s.key === 'proposals')?.text).toBe('Kiến nghị của Cụm trưởng.');
    expect(again.find((s) => s.key === 'results.commendations')?.text).toContain('tương đương cùng kỳ năm 2023 (15)');
  });
});

describe('draftBulletin', () => {
  it('follows the source article: title, date line, lead with place, chair and attendees, closing line', () => {
    const b = draftBulletin({
      clusterName: input.clusterName,
      year: 2024,
      period: Period.H1,
      statistics: input.statistics,
      meeting: {
        date: '2024-07-29',
        place: null,
        hostLabel: 'tỉnh Hòa Bình',
        chairName: 'Nguyễn Mạnh Tuấn',
        chairTitle: 'Phó Chủ tịch UBND tỉnh Tuyên Quang',
        participants: 'lãnh đạo Ban Thi đua - Khen thưởng Trung ương; các tỉnh trong Cụm thi đua',
      },
    });
    expect(b.title).toBe('Cụm thi đua các tỉnh Trung du và miền núi phía Bắc sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024');
    const [dateLine, lead] = b.body.split('\n\n');
    expect(dateLine).toBe('29/07/2024');
    expect(lead).toMatch(/^Ngày 29\/7\/2024, tại tỉnh Hòa Bình, Cụm thi đua .* đã tổ chức hội nghị sơ kết/);
    expect(lead).toContain('Đồng chí Nguyễn Mạnh Tuấn, Phó Chủ tịch UBND tỉnh Tuyên Quang chủ trì hội nghị.');
    expect(lead).toContain('Dự hội nghị có lãnh đạo Ban Thi đua - Khen thưởng Trung ương; các tỉnh trong Cụm thi đua.');
    expect(b.body).toContain('có 15 lượt tập thể, cá nhân của các tỉnh trong Cụm được khen thưởng');
    expect(b.body.endsWith('6 tháng cuối năm 2024./.')).toBe(true);
    expect(b.html).toContain('<h1>Cụm thi đua');
    expect(b.html).not.toContain('<script');
  });

  it('writes the honorific of attendees in lower case mid-sentence', () => {
    const b = draftBulletin({
      clusterName: input.clusterName,
      year: 2024,
      period: Period.H1,
      statistics: input.statistics,
      meeting: {
        date: '2024-07-29',
        place: 'Trung tâm hội nghị APPlaza',
        hostLabel: 'tỉnh Hòa Bình',
        chairName: 'Nguyễn Mạnh Tuấn',
        chairTitle: null,
        participants: 'Đồng chí Phan Văn Hùng, Phó Trưởng ban Thi đua - Khen thưởng Trung ương; Đồng chí Bùi Văn Khánh',
      },
    });
    expect(b.body).toContain(
      'Dự hội nghị có đồng chí Phan Văn Hùng, Phó Trưởng ban Thi đua - Khen thưởng Trung ương; đồng chí Bùi Văn Khánh.',
    );
    expect(b.body).toContain('Đồng chí Nguyễn Mạnh Tuấn chủ trì hội nghị.');
  });
});
