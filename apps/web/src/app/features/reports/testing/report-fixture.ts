import { MembershipRole, Period, RecipientKind, ReportStatus, TargetKind } from '@tdkt/shared/contracts';
import type { CommendationFigures, ProvinceStatistics, ReportView } from '@tdkt/shared/contracts';

/** Test data only: a half-year 2024 draft of the TDMNPB cluster with three member provinces. */
function figures(total: number, state: number, province: number, grassroots: number, women: number): CommendationFigures {
  return {
    total,
    byLevel: { STATE: state, GOVERNMENT: 0, PROVINCE: province, GRASSROOTS: grassroots },
    byAwardType: {},
    byRecipientKind: { INDIVIDUAL: total - 2, COLLECTIVE: 2, HOUSEHOLD: 0 },
    byRecipientClass: { LEADER: 1, MANAGER: 0, ENTREPRENEUR: 0, DIRECT_WORKER: total - 3, OTHER: 0 },
    byKind: { REGULAR: total - 1, THEMATIC: 1 },
    directWorkers: total - 3,
    women,
    ethnicMinority: 1,
  };
}

function province(
  code: string,
  name: string,
  role: ProvinceStatistics['role'],
  c: CommendationFigures,
  previous: number,
  rate: number | null,
): ProvinceStatistics {
  return {
    provinceCode: code,
    provinceName: name,
    role,
    commendations: c,
    previous: { commendations: { total: previous } },
    pledge: {
      criteria: [
        {
          code: 'TC1',
          name: 'Tăng trưởng GRDP',
          unit: '%',
          targetKind: TargetKind.PERCENTAGE,
          maxScore: 10,
          targetValue: 7,
          actualValue: rate === null ? null : 7 * rate,
          rate,
        },
      ],
      averageRate: rate,
    },
    movements: { count: 1, subMovementsLaunched: 2, modelsBuilt: 5, participants: 1200 },
    typicalExamples: { total: 1, byRecipientKind: { INDIVIDUAL: 1 } },
  };
}

export function reportFixture(overrides: Partial<ReportView> = {}): ReportView {
  const tq = figures(120, 1, 40, 79, 50);
  const hb = figures(98, 0, 30, 68, 40);
  const hg = figures(45, 0, 15, 30, 20);
  const cluster = figures(263, 1, 85, 177, 110);
  return {
    id: '7d3f0c1e-0000-4000-8000-000000000001',
    clusterCode: 'TDMNPB',
    clusterName: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc',
    year: 2024,
    period: Period.H1,
    from: '2024-01-01',
    to: '2024-06-30',
    cutoffDate: null,
    meetingId: 'c29fc3ae-1578-49f1-b815-6852be553e07',
    status: ReportStatus.DRAFT,
    version: 3,
    sections: [
      {
        key: 'results.propaganda',
        title: '1. Công tác tuyên truyền, quán triệt, phổ biến',
        text: 'Các tỉnh đẩy mạnh tuyên truyền.\nGương người tốt, việc tốt được nhân rộng.',
        edited: false,
      },
      {
        key: 'results.commendations',
        title: '4. Công tác khen thưởng',
        text: 'Các tỉnh trong Cụm đã khen thưởng 263 tập thể, cá nhân.',
        edited: true,
      },
      { key: 'limitations', title: 'II. HẠN CHẾ VÀ NGUYÊN NHÂN', text: 'Một số tỉnh nộp số liệu chậm.', edited: false },
    ],
    statistics: {
      cluster: {
        commendations: cluster,
        previous: { commendations: { total: 240 } },
        change: { delta: 23, ratio: 23 / 240 },
        pledge: {
          signedOn: '2024-03-15',
          place: 'Tuyên Quang',
          criteria: [
            {
              code: 'TC1',
              name: 'Tăng trưởng GRDP',
              unit: '%',
              targetKind: TargetKind.PERCENTAGE,
              maxScore: 10,
              provincesReported: 2,
              provincesAchieved: 1,
              averageRate: 0.95,
            },
          ],
          averageRate: 0.95,
        },
        movements: {
          count: 1,
          subMovementsLaunched: 6,
          modelsBuilt: 15,
          participants: 3600,
          items: [
            {
              id: 'm1',
              name: 'Cả nước chung tay vì người nghèo',
              launchedBy: 'PRIME_MINISTER',
              scope: 'NATIONAL',
              startsOn: '2021-01-01',
              endsOn: null,
              provincesReporting: 3,
              subMovementsLaunched: 6,
              modelsBuilt: 15,
              participants: 3600,
            },
          ],
        },
        typicalExamples: {
          total: 1,
          byRecipientKind: { INDIVIDUAL: 1 },
          items: [
            {
              name: 'Bà Hoàng Thị Lan',
              provinceCode: '17',
              recipientKind: RecipientKind.INDIVIDUAL,
              story: 'Phát triển kinh tế hộ',
              honouredOn: '2024-07-29',
            },
          ],
        },
      },
      provinces: [
        province('08', 'Tuyên Quang', MembershipRole.CHAIR, tq, 110, 1),
        province('17', 'Hòa Bình', MembershipRole.VICE_CHAIR, hb, 90, 0.9),
        province('02', 'Hà Giang', MembershipRole.MEMBER, hg, 40, null),
      ],
      awardTypes: [
        {
          code: 'BK_UBND_TINH',
          name: 'Bằng khen của Chủ tịch UBND tỉnh',
          level: 'PROVINCE',
          category: 'COMMENDATION_FORM',
          total: 85,
          byRecipientKind: { INDIVIDUAL: 80, COLLECTIVE: 5 },
          byRecipientClass: {},
          byKind: {},
        },
      ],
      previousRange: { from: '2023-01-01', to: '2023-06-30' },
    },
    supersedesId: null,
    computedAt: '2024-07-20T02:00:00.000Z',
    finalizedAt: null,
    createdAt: '2024-07-20T02:00:00.000Z',
    updatedAt: '2024-07-20T02:00:00.000Z',
    ...overrides,
  };
}

export const MEETING_FIXTURE = {
  id: 'c29fc3ae-1578-49f1-b815-6852be553e07',
  clusterCode: 'TDMNPB',
  year: 2024,
  period: 'H1',
  date: '2024-07-29',
  hostProvinceCode: '17',
  hostProvinceName: 'Hòa Bình',
  place: 'Trung tâm hội nghị APPlaza, tỉnh Hòa Bình',
  chairName: 'Nguyễn Mạnh Tuấn',
  chairTitle: 'Phó Chủ tịch UBND tỉnh Tuyên Quang',
  participants: null,
  notes: null,
  demo: true,
  version: 1,
};
