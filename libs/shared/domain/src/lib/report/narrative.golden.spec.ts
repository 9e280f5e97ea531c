import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AwardLevel,
  CommendationKind,
  MembershipRole,
  MovementLauncher,
  MovementScope,
  Period,
  ProvinceKind,
  RecipientClass,
  RecipientKind,
  ReportStatistics,
  TargetKind,
} from '@tdkt/shared/contracts';
import { draftBulletin } from './bulletin';
import { CommendationGroup, foldCommendations } from './commendation-figures';
import { reportSummaryVi } from './format-vi';
import { NarrativeInput, draftSections, partTitleBefore } from './narrative';
import { foldPledge } from './pledge-figures';

/**
 * Golden texts of the narrative (issue #17): a province cluster and the five centrally-run cities, H1 and FY. The files in
 * golden/ are the reviewed wording; a change to the drafting shows as a diff here. UPDATE_GOLDEN=1 rewrites them.
 */

const CATALOGUE = [
  {
    code: 'HUAN_CHUONG_LAO_DONG_3',
    name: 'Huân chương Lao động hạng Ba',
    level: AwardLevel.STATE,
    category: 'COMMENDATION_FORM',
    sortOrder: 1,
  },
  {
    code: 'CO_THI_DUA_CHINH_PHU',
    name: 'Cờ thi đua của Chính phủ',
    level: AwardLevel.GOVERNMENT,
    category: 'EMULATION_TITLE',
    sortOrder: 2,
  },
  {
    code: 'BANG_KHEN_THU_TUONG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    level: AwardLevel.GOVERNMENT,
    category: 'COMMENDATION_FORM',
    sortOrder: 3,
  },
  { code: 'CSTD_TINH', name: 'Chiến sĩ thi đua cấp tỉnh', level: AwardLevel.PROVINCE, category: 'EMULATION_TITLE', sortOrder: 4 },
  {
    code: 'BANG_KHEN_TINH',
    name: 'Bằng khen của Chủ tịch UBND cấp tỉnh',
    level: AwardLevel.PROVINCE,
    category: 'COMMENDATION_FORM',
    sortOrder: 5,
  },
  { code: 'CSTD_CO_SO', name: 'Chiến sĩ thi đua cơ sở', level: AwardLevel.GRASSROOTS, category: 'EMULATION_TITLE', sortOrder: 6 },
  { code: 'GIAY_KHEN', name: 'Giấy khen', level: AwardLevel.GRASSROOTS, category: 'COMMENDATION_FORM', sortOrder: 7 },
];
const LEVEL = Object.fromEntries(CATALOGUE.map((c) => [c.code, c.level]));

const g = (provinceId: string, awardTypeCode: string, count: number, over: Partial<CommendationGroup> = {}): CommendationGroup => ({
  provinceId,
  awardTypeCode,
  level: LEVEL[awardTypeCode],
  recipientKind: RecipientKind.INDIVIDUAL,
  recipientClass: RecipientClass.OTHER,
  kind: CommendationKind.REGULAR,
  count,
  women: Math.floor(count / 2),
  ethnicMinority: 0,
  ...over,
});

interface Member {
  id: string;
  code: string;
  name: string;
  kind: ProvinceKind;
  role: MembershipRole;
}

function statistics(members: Member[], fy: boolean): ReportStatistics {
  const [a, b, c] = members.map((m) => m.id);
  const scale = fy ? 3 : 1;
  const groups = [
    g(a, 'HUAN_CHUONG_LAO_DONG_3', 1 * scale),
    g(a, 'BANG_KHEN_THU_TUONG', 2 * scale, { recipientKind: RecipientKind.COLLECTIVE, recipientClass: null }),
    g(a, 'BANG_KHEN_TINH', 12 * scale, { recipientClass: RecipientClass.DIRECT_WORKER, ethnicMinority: 3 }),
    g(b, 'CSTD_TINH', 3 * scale),
    g(b, 'BANG_KHEN_TINH', 6 * scale, { kind: CommendationKind.THEMATIC }),
    g(b, 'GIAY_KHEN', 20 * scale, { recipientClass: RecipientClass.DIRECT_WORKER }),
    g(c, 'CSTD_CO_SO', 9 * scale),
    g(c, 'GIAY_KHEN', 4 * scale, { recipientKind: RecipientKind.HOUSEHOLD, recipientClass: null, kind: CommendationKind.EXTRAORDINARY }),
    ...(fy ? [g(a, 'CO_THI_DUA_CHINH_PHU', 1, { recipientKind: RecipientKind.COLLECTIVE, recipientClass: null })] : []),
  ];
  const ids = members.map((m) => m.id);
  const folded = foldCommendations(groups, ids, CATALOGUE);
  const criteria = [
    { code: 'TC1', name: 'Tỷ lệ hồ sơ khen thưởng trình đúng hạn', unit: '%', targetKind: TargetKind.PERCENTAGE, maxScore: 40 },
    { code: 'TC2', name: 'Số mô hình, điển hình tiên tiến được nhân rộng', unit: 'mô hình', targetKind: TargetKind.NUMBER, maxScore: 30 },
    { code: 'TC3', name: 'Ban hành kế hoạch tổ chức phong trào thi đua', unit: null, targetKind: TargetKind.YES_NO, maxScore: 30 },
  ];
  const results = [
    { provinceId: a, criterionCode: 'TC1', targetValue: 100, actualValue: 100 },
    { provinceId: a, criterionCode: 'TC2', targetValue: 10, actualValue: fy ? 12 : 6 },
    { provinceId: a, criterionCode: 'TC3', targetValue: 1, actualValue: 1 },
    { provinceId: b, criterionCode: 'TC1', targetValue: 100, actualValue: 90 },
    { provinceId: b, criterionCode: 'TC3', targetValue: 1, actualValue: 1 },
    { provinceId: c, criterionCode: 'TC1', targetValue: 100, actualValue: 95 },
  ];
  const pledge = foldPledge({ signedOn: fy ? '2024-03-08' : '2024-03-08', place: members[0].name }, criteria, results, ids);
  const movement = (id: string, name: string, launchedBy: MovementLauncher, scope: MovementScope, reporting: number, k: number) => ({
    id,
    name,
    launchedBy,
    scope,
    startsOn: '2023-06-10',
    endsOn: null,
    provincesReporting: reporting,
    subMovementsLaunched: 4 * k,
    modelsBuilt: 10 * k,
    participants: 1500 * k,
  });
  const items = [
    movement(
      'm1',
      'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030',
      MovementLauncher.PRIME_MINISTER,
      MovementScope.NATIONAL,
      3,
      scale,
    ),
    movement('m2', 'Cả nước chung tay xóa nhà tạm, nhà dột nát', MovementLauncher.PRIME_MINISTER, MovementScope.NATIONAL, 2, scale),
    movement('m3', 'Thi đua đẩy mạnh cải cách hành chính', MovementLauncher.CLUSTER, MovementScope.CLUSTER, 3, scale),
    movement('m4', 'Phong trào thi đua của tỉnh năm 2024', MovementLauncher.PROVINCE, MovementScope.PROVINCE, 1, 1),
  ];
  const sum = (k: 'subMovementsLaunched' | 'modelsBuilt' | 'participants') => items.reduce((x, m) => x + m[k], 0);
  const examples = [
    {
      name: 'Nguyễn Thị Hoa',
      provinceCode: members[0].code,
      recipientKind: RecipientKind.INDIVIDUAL,
      story: null,
      honouredOn: '2024-05-19',
    },
    {
      name: 'Hợp tác xã Chè Tân Trào',
      provinceCode: members[1].code,
      recipientKind: RecipientKind.COLLECTIVE,
      story: null,
      honouredOn: '2024-06-02',
    },
  ];
  return {
    cluster: {
      commendations: folded.cluster,
      previous: { commendations: { total: fy ? 150 : 60 } },
      change: { delta: 0, ratio: null },
      pledge: pledge.cluster,
      movements: {
        count: items.length,
        subMovementsLaunched: sum('subMovementsLaunched'),
        modelsBuilt: sum('modelsBuilt'),
        participants: sum('participants'),
        items,
      },
      typicalExamples: { total: 2, byRecipientKind: { INDIVIDUAL: 1, COLLECTIVE: 1, HOUSEHOLD: 0 }, items: examples },
    },
    provinces: members.map((m) => ({
      provinceCode: m.code,
      provinceName: m.name,
      provinceKind: m.kind,
      role: m.role,
      commendations: folded.byProvince.get(m.id) ?? folded.cluster,
      previous: { commendations: { total: 10 } },
      pledge: pledge.byProvince.get(m.id) ?? { criteria: [], averageRate: null },
      movements: { count: 0, subMovementsLaunched: 0, modelsBuilt: 0, participants: 0 },
      typicalExamples: { total: 0, byRecipientKind: {} },
    })),
    awardTypes: folded.awardTypes,
    previousRange: fy ? { from: '2023-01-01', to: '2023-12-31' } : { from: '2023-01-01', to: '2023-06-30' },
    findings: fy
      ? { awardsWithErrors: 0, awardsWithWarnings: 0, byRule: [] }
      : {
          awardsWithErrors: 2,
          awardsWithWarnings: 1,
          byRule: [
            {
              ruleId: 'R-CSTD-TINH-CHAIN',
              title: 'Chiến sĩ thi đua cấp tỉnh: 3 năm liên tục Chiến sĩ thi đua cơ sở',
              severity: 'ERROR',
              awards: 1,
            },
            { ruleId: 'R-AUTHORITY', title: 'Thẩm quyền quyết định đúng cấp khen thưởng', severity: 'ERROR', awards: 1 },
            { ruleId: 'R-CSTD-CS-LDTT', title: 'Chiến sĩ thi đua cơ sở: Lao động tiên tiến cùng năm', severity: 'WARNING', awards: 1 },
          ],
        },
  };
}

const PROVINCES: Member[] = [
  { id: 'tq', code: '08', name: 'Tuyên Quang', kind: ProvinceKind.PROVINCE, role: MembershipRole.CHAIR },
  { id: 'hb', code: '17', name: 'Hòa Bình', kind: ProvinceKind.PROVINCE, role: MembershipRole.VICE_CHAIR },
  { id: 'lc', code: '10', name: 'Lào Cai', kind: ProvinceKind.PROVINCE, role: MembershipRole.MEMBER },
];
const CITIES: Member[] = [
  { id: 'hn', code: '01', name: 'Hà Nội', kind: ProvinceKind.CITY, role: MembershipRole.CHAIR },
  { id: 'hp', code: '31', name: 'Hải Phòng', kind: ProvinceKind.CITY, role: MembershipRole.VICE_CHAIR },
  { id: 'dn', code: '48', name: 'Đà Nẵng', kind: ProvinceKind.CITY, role: MembershipRole.MEMBER },
  { id: 'hcm', code: '79', name: 'Hồ Chí Minh', kind: ProvinceKind.CITY, role: MembershipRole.MEMBER },
  { id: 'ct', code: '92', name: 'Cần Thơ', kind: ProvinceKind.CITY, role: MembershipRole.MEMBER },
];

const CASES: Array<[string, string, Member[], Period, NarrativeInput['meeting']]> = [
  [
    'tdmnpb-h1',
    'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc',
    PROVINCES,
    Period.H1,
    {
      date: '2024-07-29',
      place: 'Trung tâm hội nghị APPlaza',
      hostLabel: 'tỉnh Hòa Bình',
      chairName: 'Nguyễn Mạnh Tuấn',
      chairTitle: 'Phó Chủ tịch UBND tỉnh Tuyên Quang',
    },
  ],
  ['tdmnpb-fy', 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc', PROVINCES, Period.FY, null],
  [
    'tp5-h1',
    'Cụm thi đua 5 thành phố trực thuộc Trung ương',
    CITIES,
    Period.H1,
    {
      date: '2024-08-04',
      place: null,
      hostLabel: 'thành phố Cần Thơ',
      chairName: 'Trần Sỹ Thanh',
      chairTitle: 'Chủ tịch UBND thành phố Hà Nội',
    },
  ],
  ['tp5-fy', 'Cụm thi đua 5 thành phố trực thuộc Trung ương', CITIES, Period.FY, null],
];

function render(input: NarrativeInput): string {
  const sections = draftSections(input);
  const out = ['BÁO CÁO', reportSummaryVi(input.year, input.period), ''];
  sections.forEach((s, n) => {
    const part = partTitleBefore(
      s.key,
      sections.slice(0, n).map((x) => x.key),
    );
    if (part) out.push(part);
    out.push(s.title, s.text, '');
  });
  return out.join('\n');
}

describe.each(CASES)('narrative golden text %s', (name, clusterName, members, period, meeting) => {
  const input: NarrativeInput = {
    clusterName,
    year: 2024,
    period,
    from: '2024-01-01',
    to: period === Period.H1 ? '2024-06-30' : '2024-12-31',
    statistics: statistics(members, period === Period.FY),
    meeting,
  };
  const text = render(input);
  const file = join(__dirname, 'golden', `${name}.txt`);

  it('matches the reviewed wording', () => {
    if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });

  it('names the members by their kind, speaks of lượt and never of the software', () => {
    const cities = members[0].kind === ProvinceKind.CITY;
    expect(text).not.toMatch(/hệ thống(?! quản lý hồ sơ khen thưởng điện tử)/i);
    expect(text).not.toMatch(/(trên|lên) hệ thống/i);
    if (cities) {
      expect(text).not.toMatch(/các tỉnh|tỉnh trong Cụm|\d tỉnh/);
      expect(text).toContain('các thành phố trong Cụm');
    } else {
      expect(text).toContain('các tỉnh trong Cụm');
      expect(text).not.toContain('các thành phố');
    }
    expect(text).toMatch(/\d+ lượt tập thể, cá nhân, hộ gia đình/);
    expect(text).not.toContain('đã khen thưởng 1 ');
  });

  it('credits State and Government awards to the President and the Government on the provinces’ proposal, and breaks down by award type', () => {
    expect(text).toMatch(
      /Trên cơ sở đề nghị của các (tỉnh|thành phố), Chủ tịch nước quyết định khen thưởng \d+ lượt, Chính phủ, Thủ tướng Chính phủ quyết định khen thưởng \d+ lượt: Huân chương Lao động hạng Ba \d+; /,
    );
    expect(text).toMatch(
      /Chủ tịch UBND các (tỉnh|thành phố) khen thưởng \d+ lượt \(Chiến sĩ thi đua cấp tỉnh \d+; Bằng khen của Chủ tịch UBND cấp tỉnh \d+\)/,
    );
  });

  it('has the sections such reports have, section III worded as the summary, and one subsection per Prime Minister’s movement', () => {
    for (const heading of [
      '1. Công tác lãnh đạo, chỉ đạo',
      '7. Hoạt động của Cụm thi đua',
      'II. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      '2. Hạn chế và nguyên nhân',
    ])
      expect(text).toContain(heading);
    const summary = reportSummaryVi(2024, period);
    const next = summary.slice(summary.indexOf('phương hướng, nhiệm vụ'));
    expect(text).toContain(`III. ${next.toUpperCase()}`);
    expect(text).toContain('a) Phong trào “Cả nước thi đua xây dựng xã hội học tập');
    expect(text).toContain('b) Phong trào “Cả nước chung tay xóa nhà tạm, nhà dột nát”');
    expect(text).toContain('c) Các phong trào thi đua khác (2 phong trào)');
  });

  it('scores the pledge with the criteria’s maximum scores', () => {
    expect(text).toContain('gồm 3 tiêu chí với tổng số 100 điểm');
    expect(text).toMatch(/đạt bình quân [\d,]+\/100 điểm/);
    expect(text).toMatch(
      /Tỷ lệ hồ sơ khen thưởng trình đúng hạn: \d\/3 (tỉnh|thành phố) đạt và vượt chỉ tiêu, bình quân đạt [\d,]+\/40 điểm;/,
    );
  });

  it('reports the findings rather than asserting compliance; after a year-end review the next year’s pledge is signed', () => {
    if (period === Period.H1) {
      expect(text).toContain('còn 2 trường hợp có dấu hiệu chưa đúng tiêu chuẩn, thẩm quyền hoặc thủ tục');
      expect(text).not.toContain('cơ bản bảo đảm đúng tiêu chuẩn');
      expect(text).toContain('Thực hiện đầy đủ các tiêu chí giao ước thi đua năm 2024 đã ký kết');
    } else {
      expect(text).toContain('chưa phát hiện trường hợp khen thưởng nào trong kỳ chưa đúng tiêu chuẩn');
      expect(text).toContain('Tổ chức ký kết giao ước thi đua năm 2025');
      expect(text).not.toContain('giao ước thi đua năm 2024 đã ký kết');
    }
  });
});

describe('bulletin of the five cities', () => {
  it('separates guests with semicolons and counts the examples honoured at the meeting', () => {
    const b = draftBulletin({
      clusterName: 'Cụm thi đua 5 thành phố trực thuộc Trung ương',
      year: 2024,
      period: Period.H1,
      statistics: statistics(CITIES, false),
      meeting: {
        date: '2024-08-04',
        place: null,
        hostLabel: 'thành phố Cần Thơ',
        chairName: 'Trần Sỹ Thanh',
        chairTitle: null,
        participants:
          'Đồng chí Phan Văn Hùng, Phó Trưởng ban Thi đua - Khen thưởng Trung ương\nĐồng chí Trần Việt Trường, Chủ tịch UBND thành phố Cần Thơ',
        examplesHonoured: 7,
      },
    });
    expect(b.body).toContain(
      'Dự hội nghị có đồng chí Phan Văn Hùng, Phó Trưởng ban Thi đua - Khen thưởng Trung ương; đồng chí Trần Việt Trường, Chủ tịch UBND thành phố Cần Thơ.',
    );
    expect(b.body).toContain('Tại hội nghị, ban tổ chức đã biểu dương 7 điển hình tiên tiến của các thành phố trong Cụm thi đua.');
    expect(b.body).not.toMatch(/các tỉnh/);
  });
});
