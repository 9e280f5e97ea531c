import { Gender, RecipientKind } from '@tdkt/shared/contracts';
import { TypicalExampleEntity } from '../../entities';
import { workdayBetween } from './calendar';
import { DemoContext, DemoMovement, DemoProvince, MovementKey, insertAll } from './context';
import { DemoMeeting } from './meetings';
import { Random } from './random';
import { Recipient, RecipientPool, UnitMix } from './recipients';

interface Told {
  n: (min: number, max: number) => string;
  place: string;
  year: number;
}

type Story = readonly [action: (t: Told) => string, result: (t: Told) => string];

/** For each movement: who is typically honoured, and what an individual and a collective did. */
const STORIES: Record<MovementKey, { collective: Story; individual: Story; people: UnitMix; units: UnitMix }> = {
  NONG_THON_MOI: {
    people: [
      ['VILLAGE', 3],
      ['COMMUNE', 1],
    ],
    units: [['COMMUNE', 1]],
    individual: [
      (t) => `đã tự nguyện hiến ${t.n(200, 900)} m² đất, vận động ${t.n(15, 60)} hộ dân cùng góp ngày công làm đường giao thông nông thôn`,
      (t) =>
        `Nhờ đó, ${t.n(2, 6)} km đường bê tông liên thôn được hoàn thành trước kế hoạch, góp phần đưa ${t.place} đạt chuẩn nông thôn mới.`,
    ],
    collective: [
      (t) =>
        `đã huy động nhân dân hiến ${t.n(3, 12)}.000 m² đất, đóng góp ${t.n(2, 9)} tỷ đồng xây dựng đường giao thông, nhà văn hóa thôn`,
      (t) =>
        `Năm ${t.year}, địa phương hoàn thành 19/19 tiêu chí nông thôn mới, thu nhập bình quân đầu người đạt ${t.n(38, 55)} triệu đồng/năm.`,
    ],
  },
  DOANH_NGHIEP: {
    people: [
      ['COOP', 3],
      ['ENTERPRISE', 1],
    ],
    units: [['COOP', 1]],
    individual: [
      (t) => `đã mạnh dạn liên kết với ${t.n(40, 150)} hộ dân xây dựng vùng nguyên liệu ${t.n(20, 120)} ha theo tiêu chuẩn VietGAP`,
      (t) => `Sản phẩm của đơn vị đạt chứng nhận OCOP 4 sao, tạo việc làm ổn định cho ${t.n(25, 90)} lao động địa phương.`,
    ],
    collective: [
      (t) => `đã liên kết với ${t.n(40, 150)} hộ thành viên, xây dựng vùng nguyên liệu ${t.n(20, 120)} ha đạt chứng nhận VietGAP`,
      (t) =>
        `Doanh thu năm ${t.year} đạt ${t.n(5, 30)} tỷ đồng, tạo việc làm ổn định cho ${t.n(25, 90)} lao động với thu nhập ${t.n(6, 9)} triệu đồng/tháng.`,
    ],
  },
  NGUOI_NGHEO: {
    people: [
      ['VILLAGE', 2],
      ['COMMUNE', 1],
    ],
    units: [['VILLAGE', 1]],
    individual: [
      (t) => `đã hướng dẫn ${t.n(8, 25)} hộ nghèo chuyển đổi cây trồng, vật nuôi và cho mượn không lãi ${t.n(10, 40)} con giống`,
      (t) => `Đến cuối năm ${t.year}, ${t.n(5, 15)} hộ trong số đó đã thoát nghèo bền vững.`,
    ],
    collective: [
      (t) =>
        `đã vận động xây dựng quỹ hỗ trợ hộ nghèo với tổng số tiền ${t.n(150, 600)} triệu đồng, giúp ${t.n(20, 60)} hộ phát triển sinh kế`,
      (t) => `Tỷ lệ hộ nghèo của địa phương giảm ${t.n(4, 9)} điểm phần trăm so với đầu năm ${t.year}.`,
    ],
  },
  VAN_HOA_CONG_SO: {
    people: [
      ['DEPARTMENT', 2],
      ['DISTRICT', 2],
    ],
    units: [
      ['DEPARTMENT', 1],
      ['DISTRICT', 1],
    ],
    individual: [
      (t) => `đã chủ động đề xuất số hóa quy trình tiếp nhận, giải quyết hồ sơ, rút ngắn ${t.n(20, 45)}% thời gian xử lý`,
      (t) => `Năm ${t.year}, toàn bộ hồ sơ được giao đều giải quyết đúng hạn, không có phản ánh, kiến nghị của người dân.`,
    ],
    collective: [
      () => 'đã triển khai mô hình “Cơ quan không giấy tờ”, 100% văn bản được ký số và xử lý trên môi trường điện tử',
      () => 'Tinh thần, thái độ phục vụ người dân, doanh nghiệp được đánh giá cao.',
    ],
  },
  HOC_TAP: {
    people: [['SCHOOL', 1]],
    units: [['SCHOOL', 1]],
    individual: [
      (t) => `đã duy trì lớp xóa mù chữ và lớp học tiếng phổ thông cho ${t.n(20, 45)} học viên là người dân tộc thiểu số`,
      () => 'Nhiều học viên đã biết đọc, biết viết, tự tra cứu thông tin khoa học kỹ thuật để phát triển sản xuất.',
    ],
    collective: [
      (t) => `đã xây dựng mô hình “Thư viện thân thiện”, “Đọc sách cùng con”, thu hút ${t.n(300, 900)} lượt học sinh và phụ huynh tham gia`,
      () => 'Tỷ lệ học sinh đi học chuyên cần đạt trên 98%.',
    ],
  },
  NHA_TAM: {
    people: [
      ['COMMUNE', 2],
      ['VILLAGE', 1],
    ],
    units: [['COMMUNE', 1]],
    individual: [
      (t) =>
        `đã trực tiếp vận động ${t.n(120, 400)} lượt cán bộ, đoàn viên và người dân góp ngày công tháo dỡ nhà tạm, vận chuyển vật liệu cho các hộ nghèo`,
      (t) => `Nhờ đó, ${t.n(12, 45)} căn nhà mới được bàn giao trước thời hạn.`,
    ],
    collective: [
      (t) =>
        `đã huy động ${t.n(400, 1500)} triệu đồng từ các nguồn xã hội hóa và ${t.n(800, 3000)} ngày công để hỗ trợ xóa nhà tạm, nhà dột nát`,
      (t) => `Trong năm ${t.year}, ${t.n(25, 80)} hộ nghèo, hộ cận nghèo trên địa bàn đã có nhà ở kiên cố.`,
    ],
  },
  CLUSTER_2024: {
    people: [['DEPARTMENT', 1]],
    units: [['DISTRICT', 1]],
    individual: [
      () => 'đã tham mưu triển khai kịp thời các nội dung giao ước thi đua của Cụm, đưa toàn bộ hồ sơ khen thưởng lên phần mềm quản lý',
      () => 'Tỉnh hoàn thành vượt nhiều chỉ tiêu giao ước thi đua năm 2024.',
    ],
    collective: [
      () => 'đã cụ thể hóa nội dung giao ước thi đua của Cụm thành các phong trào thi đua theo chuyên đề',
      (t) => `Nhiều chỉ tiêu phát triển kinh tế – xã hội năm ${t.year} hoàn thành vượt kế hoạch.`,
    ],
  },
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** Titles written in lower case inside a sentence; leadership titles keep their capitals. */
const STAFF_TITLES = /^(Giáo viên|Bác sĩ|Điều dưỡng|Công chức|Chuyên viên|Công nhân|Thành viên|Cán bộ|Kiểm lâm viên)/;

/** How a news item introduces a person: title, name, then position and place without repeating the commune. */
function introduce(r: Recipient, p: DemoProvince): string {
  const u = r.unit;
  const title = r.gender === Gender.FEMALE ? 'Bà' : 'Ông';
  const position = r.position ?? '';
  let role: string;
  if (u.kind === 'VILLAGE')
    role = position === 'Nông dân' ? `nông dân ở ${lowerFirst(u.name)}` : `${lowerFirst(position)}, xã ${u.commune}, ${u.district}`;
  else if (u.kind === 'COMMUNE')
    role = position.includes(`xã ${u.commune}`) ? `${position}, ${u.district}` : `${lowerFirst(position)} xã ${u.commune}, ${u.district}`;
  else if (u.kind === 'DISTRICT') role = position.includes(u.district ?? '') ? position : `${position} ${u.district}`;
  else if (u.kind === 'DEPARTMENT') role = position.includes('Sở') ? `${position} tỉnh ${p.name}` : `${position}, ${u.name}`;
  else role = `${STAFF_TITLES.test(position) ? lowerFirst(position) : position} ${u.name}`;
  return `${title} ${r.name}, ${role},`;
}

function place(r: Recipient): string {
  return r.unit.commune ? `xã ${r.unit.commune}` : 'địa phương';
}

function example(
  rng: Random,
  pool: RecipientPool,
  p: DemoProvince,
  movement: DemoMovement,
  year: number,
): Omit<Partial<TypicalExampleEntity>, 'honouredOn'> {
  const s = STORIES[movement.key];
  const told: Told = { year, place: 'địa phương', n: (min, max) => String(rng.int(min, max)) };
  if (rng.chance(0.55)) {
    const r = pool.person(p, s.people);
    const t = { ...told, place: place(r) };
    return {
      recipientKind: RecipientKind.INDIVIDUAL,
      name: r.name,
      story: `${introduce(r, p)} ${s.individual[0](t)}. ${s.individual[1](t)}`,
    };
  }
  const r = movement.key === 'NONG_THON_MOI' ? pool.commune(p) : pool.collective(p, s.units, movement.key !== 'VAN_HOA_CONG_SO');
  const t = { ...told, place: place(r) };
  return { recipientKind: RecipientKind.COLLECTIVE, name: r.name, story: `${r.name} ${s.collective[0](t)}. ${s.collective[1](t)}` };
}

/**
 * 2–3 typical examples per province in 2024, the first of each honoured at the 29/7/2024 meeting,
 * and a few from 2023 (four honoured at that year's semi-annual meeting).
 */
export async function seedTypicalExamples(ctx: DemoContext, pool: RecipientPool, meetings: DemoMeeting[], rng: Random): Promise<number> {
  const meeting = (key: DemoMeeting['key']) => meetings.find((x) => x.key === key) as DemoMeeting;
  const rows: Array<Partial<TypicalExampleEntity>> = [];
  const keys2024 = ctx.movements.filter((mv) => mv.startsOn <= '2024-07-29');
  const keys2023 = ctx.movements.filter((mv) => mv.startsOn < '2023-01-01');
  for (const [i, p] of ctx.provinces.entries()) {
    const count = 2 + (rng.chance(0.5) ? 1 : 0);
    for (let k = 0; k < count; k++) {
      const movement = keys2024[(i + k * 3) % keys2024.length];
      const atMeeting = k === 0;
      const honouredOn = atMeeting ? meeting('H1_2024').date : workdayBetween(rng, '2024-05-06', '2024-12-20');
      rows.push({
        ...example(rng, pool, p, movement, 2024),
        provinceId: p.id,
        movementId: movement.id,
        honouredOn,
        honouredAtMeetingId: atMeeting ? meeting('H1_2024').id : null,
        isDemo: true,
      });
    }
    if (i % 2 === 0 && i < 12) {
      const movement = keys2023[i % keys2023.length];
      const atMeeting = i < 8;
      const honouredOn = atMeeting ? meeting('H1_2023').date : workdayBetween(rng, '2023-09-04', '2023-12-15');
      rows.push({
        ...example(rng, pool, p, movement, 2023),
        provinceId: p.id,
        movementId: movement.id,
        honouredOn,
        honouredAtMeetingId: atMeeting ? meeting('H1_2023').id : null,
        isDemo: true,
      });
    }
  }
  await insertAll(ctx.m, TypicalExampleEntity, rows);
  return rows.length;
}
