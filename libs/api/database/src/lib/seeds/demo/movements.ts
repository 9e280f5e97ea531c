import { MovementLauncher, MovementScope, Period } from '@tdkt/shared/contracts';
import { MovementEntity, MovementResultEntity } from '../../entities';
import { dayOfYear } from './calendar';
import { DemoContext, DemoProvince, MovementKey, YEARS, insertAll } from './context';
import { YearFacts, yearFacts } from './facts';
import { Random } from './random';

interface Counts {
  models: number;
  participants: string;
  sub: number;
}

interface MovementDef {
  description: string;
  endsOn: string | null;
  key: MovementKey;
  launchedOn: string;
  name: string;
  /** Full-year counts for a province of one million people. */
  perMillion: { models: number; participants: number; sub: number };
  startsOn: string;
  summary: (c: Counts, f: YearFacts, period: Period, year: number) => string;
}

const vn = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const pp = (n: number) => n.toFixed(2).replace('.', ',');
const pick = (s: { fy: number; h1: number }, period: Period) => (period === Period.H1 ? s.h1 : s.fy);

/**
 * The Prime Minister's movements running in 2023–2024 (law-notes §5). Law-notes gives only the period
 * of the first four, so their launch and start are that period's first day; the last two carry their real launch dates.
 */
export const PM_MOVEMENTS: readonly MovementDef[] = [
  {
    key: 'NONG_THON_MOI',
    name: 'Cả nước chung sức xây dựng nông thôn mới',
    launchedOn: '2016-01-01',
    startsOn: '2016-01-01',
    endsOn: '2025-12-31',
    description: 'Phong trào thi đua do Thủ tướng Chính phủ phát động, giai đoạn 2016–2020 và tiếp tục giai đoạn 2021–2025.',
    perMillion: { sub: 40, models: 120, participants: 180_000 },
    summary: (c, f, period) =>
      `Phát động ${c.sub} phong trào thi đua cấp huyện, xã; xây dựng ${c.models} mô hình thôn, bản nông thôn mới kiểu mẫu và mô hình sản xuất hiệu quả; có thêm ${pick(f.newCountrysideCommunes, period)} xã đạt chuẩn nông thôn mới; ${c.participants} lượt người dân tham gia đóng góp ngày công, hiến đất.`,
  },
  {
    key: 'DOANH_NGHIEP',
    name: 'Doanh nghiệp Việt Nam hội nhập và phát triển',
    launchedOn: '2016-01-01',
    startsOn: '2016-01-01',
    endsOn: null,
    description: 'Phong trào thi đua do Thủ tướng Chính phủ phát động từ năm 2016, hướng tới cộng đồng doanh nghiệp, doanh nhân.',
    perMillion: { sub: 12, models: 30, participants: 2_500 },
    summary: (c) =>
      `Tổ chức hội nghị đối thoại, tháo gỡ khó khăn cho doanh nghiệp; ${c.sub} hoạt động hưởng ứng phong trào; ${c.models} doanh nghiệp, hợp tác xã điển hình được biểu dương; ${c.participants} lượt doanh nghiệp, doanh nhân tham gia.`,
  },
  {
    key: 'NGUOI_NGHEO',
    name: 'Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau',
    launchedOn: '2016-01-01',
    startsOn: '2016-01-01',
    endsOn: '2025-12-31',
    description: 'Phong trào thi đua do Thủ tướng Chính phủ phát động, giai đoạn 2016–2020 và tiếp tục giai đoạn 2021–2025.',
    perMillion: { sub: 25, models: 60, participants: 90_000 },
    summary: (c, f, period, year) =>
      `Huy động các nguồn lực hỗ trợ hộ nghèo, hộ cận nghèo; ${c.sub} phong trào hưởng ứng; ` +
      (year === 2023 ? `xây mới, sửa chữa ${vn(pick(f.houses, period))} nhà Đại đoàn kết; ` : '') +
      `nhân rộng ${c.models} mô hình giảm nghèo bền vững; tỷ lệ hộ nghèo giảm ${pp(pick(f.povertyCut, period))} điểm phần trăm${period === Period.H1 ? ' (ước tính)' : ''}; ${c.participants} lượt người tham gia, ủng hộ.`,
  },
  {
    key: 'VAN_HOA_CONG_SO',
    name: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
    launchedOn: '2019-01-01',
    startsOn: '2019-01-01',
    endsOn: null,
    description: 'Phong trào thi đua do Thủ tướng Chính phủ phát động từ năm 2019, gắn với Đề án văn hóa công vụ.',
    perMillion: { sub: 45, models: 35, participants: 14_000 },
    summary: (c) =>
      `${c.sub} cơ quan, đơn vị ban hành, sửa đổi quy chế văn hóa công sở; ${c.models} mô hình cải cách hành chính, chuyển đổi số được triển khai; ${c.participants} cán bộ, công chức, viên chức tham gia hưởng ứng.`,
  },
  {
    key: 'HOC_TAP',
    name: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023–2030',
    launchedOn: '2023-06-10',
    startsOn: '2023-06-10',
    endsOn: '2030-12-31',
    description: 'Phong trào thi đua do Thủ tướng Chính phủ phát động ngày 10/6/2023.',
    perMillion: { sub: 20, models: 150, participants: 120_000 },
    summary: (c) =>
      `Kiện toàn Ban Chỉ đạo xây dựng xã hội học tập các cấp; phát động ${c.sub} phong trào học tập; xây dựng ${c.models} mô hình “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”; ${c.participants} lượt người tham gia học tập tại các trung tâm học tập cộng đồng.`,
  },
  {
    key: 'NHA_TAM',
    name: 'Chung tay xóa nhà tạm, nhà dột nát trên phạm vi cả nước',
    launchedOn: '2024-04-13',
    startsOn: '2024-04-13',
    endsOn: '2025-12-31',
    description:
      'Phong trào thi đua do Thủ tướng Chính phủ phát động ngày 13/4/2024 tại huyện Đà Bắc, tỉnh Hòa Bình; phấn đấu hoàn thành xóa nhà tạm, nhà dột nát trong năm 2025.',
    perMillion: { sub: 6, models: 8, participants: 40_000 },
    summary: (c, f, period) =>
      `Thành lập Ban Chỉ đạo xóa nhà tạm, nhà dột nát các cấp, rà soát nhu cầu hỗ trợ; phát động ${c.sub} đợt cao điểm; đã hỗ trợ xóa ${vn(pick(f.houses, period))} căn nhà tạm, nhà dột nát; xây dựng ${c.models} mô hình huy động nguồn lực hỗ trợ nhà ở; ${c.participants} lượt cán bộ, đoàn viên, hội viên và người dân tham gia ngày công.`,
  },
];

/** The cluster's own movement, launched with the 2024 pledge at the chair province. */
export const CLUSTER_MOVEMENT: MovementDef = {
  key: 'CLUSTER_2024',
  name: 'Các tỉnh Trung du và miền núi phía Bắc thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế – xã hội năm 2024',
  launchedOn: '2024-03-15',
  startsOn: '2024-03-15',
  endsOn: '2024-12-31',
  description:
    'Phong trào thi đua của Cụm thi đua các tỉnh Trung du và miền núi phía Bắc, phát động tại Hội nghị ký kết giao ước thi đua năm 2024 tại tỉnh Tuyên Quang.',
  perMillion: { sub: 10, models: 0, participants: 30_000 },
  summary: (c, f, period) =>
    `Cụ thể hóa nội dung giao ước thi đua năm 2024 thành ${c.sub} phong trào thi đua theo chuyên đề; phát hiện, bồi dưỡng ${pick(f.models, period)} mô hình, điển hình tiên tiến; ${c.participants} lượt tập thể, cá nhân tham gia.`,
};

function runsIn(def: MovementDef, year: number): boolean {
  return def.startsOn <= `${year}-12-31` && (def.endsOn === null || def.endsOn >= `${year}-01-01`);
}

/** Share of the year's results reached by 30 June: about half, less for a movement launched during the first half. */
function h1Share(rng: Random, def: MovementDef, year: number): number {
  if (def.startsOn < `${year}-01-01`) return rng.between(0.4, 0.55);
  const start = dayOfYear(def.startsOn);
  return Math.min(0.6, ((dayOfYear(`${year}-06-30`) - start) / (dayOfYear(`${year}-12-31`) - start)) * rng.between(0.8, 1.1));
}

function results(def: MovementDef, movementId: string, p: DemoProvince, year: number): Array<Partial<MovementResultEntity>> {
  const rng = new Random(`movement:${def.key}:${p.code}:${year}`);
  const facts = yearFacts(p.profile, year);
  const share = h1Share(rng, def, year);
  const count = (perMillion: number) => {
    const fy = Math.max(1, Math.round(perMillion * (p.profile.population / 1000) * rng.between(0.7, 1.3)));
    return { fy, h1: Math.floor(fy * share) };
  };
  const sub = count(def.perMillion.sub);
  const participants = count(def.perMillion.participants);
  // The cluster movement's models are the typical examples the pledge counts.
  const models = def.perMillion.models ? count(def.perMillion.models) : facts.models;
  return [Period.H1, Period.FY].map((period) => {
    const c = { sub: pick(sub, period), models: pick(models, period), participants: pick(participants, period) };
    return {
      movementId,
      provinceId: p.id,
      year,
      period,
      isDemo: true,
      subMovementsLaunched: c.sub,
      modelsBuilt: c.models,
      participants: c.participants,
      summary: def.summary({ ...c, participants: vn(c.participants) }, facts, period, year),
    };
  });
}

/** Writes the movements and every member province's H1 and FY results for each year a movement runs. */
export async function seedMovements(ctx: DemoContext): Promise<{ movements: number; results: number }> {
  const defs = [...PM_MOVEMENTS, CLUSTER_MOVEMENT];
  const ids = await insertAll(
    ctx.m,
    MovementEntity,
    defs.map((d) => {
      const cluster = d === CLUSTER_MOVEMENT;
      return {
        name: d.name,
        description: d.description,
        launchedOn: d.launchedOn,
        startsOn: d.startsOn,
        endsOn: d.endsOn,
        isDemo: true,
        launchedBy: cluster ? MovementLauncher.CLUSTER : MovementLauncher.PRIME_MINISTER,
        scope: cluster ? MovementScope.CLUSTER : MovementScope.NATIONAL,
        clusterId: cluster ? ctx.cluster.id : null,
        provinceId: null,
      };
    }),
  );
  ctx.movements = defs.map((d, i) => ({ id: ids[i], key: d.key, name: d.name, startsOn: d.startsOn, endsOn: d.endsOn }));
  const rows = defs.flatMap((d, i) =>
    YEARS.filter((y) => runsIn(d, y)).flatMap((year) => ctx.provinces.flatMap((p) => results(d, ids[i], p, year))),
  );
  await insertAll(ctx.m, MovementResultEntity, rows);
  return { movements: defs.length, results: rows.length };
}
