import { MembershipRole, Period } from '@tdkt/shared/contracts';
import { ClusterMembershipEntity, MeetingEntity } from '../../entities';
import { DemoContext, insertAll, provinceByCode } from './context';

/** 2023 roles are demo assumptions: the sources name only the 2024 chair (Tuyên Quang) and host (Hòa Bình). */
const ROLES_2023: Record<string, MembershipRole> = { '10': MembershipRole.CHAIR, '08': MembershipRole.VICE_CHAIR };

/** The same 14 provinces in 2023; inserts only what is absent and never a second chair or vice-chair. */
export async function seedMemberships2023(ctx: DemoContext): Promise<number> {
  const repo = ctx.m.getRepository(ClusterMembershipEntity);
  const existing = await repo.findBy({ year: 2023 });
  const taken = new Set(existing.filter((e) => e.clusterId === ctx.cluster.id).map((e) => e.role));
  const rows = ctx.provinces
    .filter((p) => !existing.some((e) => e.provinceId === p.id))
    .map((p) => {
      const wanted = ROLES_2023[p.code] ?? MembershipRole.MEMBER;
      const role = wanted !== MembershipRole.MEMBER && taken.has(wanted) ? MembershipRole.MEMBER : wanted;
      return { clusterId: ctx.cluster.id, year: 2023, provinceId: p.id, role };
    });
  await insertAll(ctx.m, ClusterMembershipEntity, rows);
  return rows.length;
}

export type MeetingKey = 'H1_2023' | 'FY_2023' | 'H1_2024';

export interface DemoMeeting {
  date: string;
  id: string;
  key: MeetingKey;
}

/**
 * The 29/7/2024 semi-annual review exactly as the source article reports it. The two 2023 meetings
 * (dates, hosts, places and chair names) are demo assumptions, not records of real meetings.
 */
export async function seedMeetings(ctx: DemoContext): Promise<DemoMeeting[]> {
  const host = (code: string) => provinceByCode(ctx, code).id;
  const base = { clusterId: ctx.cluster.id, isDemo: true };
  const meetings: Array<{ key: MeetingKey; row: Partial<MeetingEntity> & { date: string } }> = [
    {
      key: 'H1_2023',
      row: {
        ...base,
        year: 2023,
        period: Period.H1,
        date: '2023-07-21',
        hostProvinceId: host('11'),
        place: 'Trung tâm Hội nghị tỉnh Điện Biên, thành phố Điện Biên Phủ',
        chairName: 'Hoàng Văn Thịnh',
        chairTitle: 'Phó Chủ tịch UBND tỉnh Lào Cai',
        participants:
          'Lãnh đạo Ban Thi đua – Khen thưởng Trung ương; lãnh đạo UBND, Sở Nội vụ các tỉnh trong Cụm thi đua; các điển hình tiên tiến của các tỉnh trong Cụm',
        notes:
          'Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Các tỉnh thống nhất triển khai phong trào thi đua ' +
          '“Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023–2030” do Thủ tướng Chính phủ phát động ngày 10/6/2023; biểu dương các điển hình tiên tiến.',
      },
    },
    {
      key: 'FY_2023',
      row: {
        ...base,
        year: 2023,
        period: Period.FY,
        date: '2024-01-19',
        hostProvinceId: host('10'),
        place: 'Trung tâm Hội nghị tỉnh Lào Cai, thành phố Lào Cai',
        chairName: 'Hoàng Văn Thịnh',
        chairTitle: 'Phó Chủ tịch UBND tỉnh Lào Cai',
        participants: 'Lãnh đạo Ban Thi đua – Khen thưởng Trung ương; lãnh đạo UBND, Sở Nội vụ các tỉnh trong Cụm thi đua',
        notes:
          'Tổng kết công tác thi đua, khen thưởng năm 2023. Cụm bình xét, suy tôn tỉnh Lào Cai dẫn đầu phong trào thi đua, đề nghị Chính phủ tặng Cờ thi đua; ' +
          'đề nghị Thủ tướng Chính phủ tặng Bằng khen cho tỉnh Tuyên Quang và tỉnh Hòa Bình. Bàn giao nhiệm vụ Cụm trưởng năm 2024 cho tỉnh Tuyên Quang, Cụm phó cho tỉnh Hòa Bình.',
      },
    },
    {
      key: 'H1_2024',
      row: {
        ...base,
        year: 2024,
        period: Period.H1,
        date: '2024-07-29',
        hostProvinceId: host('17'),
        place: 'Trung tâm hội nghị APPlaza, tỉnh Hòa Bình',
        chairName: 'Nguyễn Mạnh Tuấn',
        chairTitle: 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Tuyên Quang',
        participants:
          'Đồng chí Phan Văn Hùng, Phó Trưởng Ban Thi đua – Khen thưởng Trung ương; lãnh đạo Trung ương Hội Nông dân Việt Nam; lãnh đạo UBND các tỉnh trong Cụm thi đua; ' +
          'đồng chí Bùi Văn Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hòa Bình; đồng chí Nguyễn Văn Toàn, Phó Chủ tịch Thường trực UBND tỉnh Hòa Bình; ' +
          'các điển hình tiên tiến của các tỉnh trong Cụm',
        notes:
          'Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Nguyễn Văn Việt, Giám đốc Sở Nội vụ tỉnh Tuyên Quang ' +
          'trình bày báo cáo sơ kết. Ban tổ chức tặng hoa và quà cho các điển hình tiên tiến của các tỉnh trong Cụm. Đồng chí chủ trì đề nghị các tỉnh tiếp tục triển khai hiệu quả ' +
          '6 phong trào thi đua do Thủ tướng Chính phủ phát động và cụ thể hóa bằng những việc làm thiết thực tại địa phương.',
      },
    },
  ];
  const ids = await insertAll(
    ctx.m,
    MeetingEntity,
    meetings.map((x) => x.row),
  );
  return meetings.map((x, i) => ({ key: x.key, id: ids[i], date: x.row.date }));
}
