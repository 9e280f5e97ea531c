import { Period, TargetKind } from '@tdkt/shared/contracts';
import { PledgeCriterionEntity, PledgeEntity, PledgeResultEntity } from '../../entities';
import { DemoContext, DemoProvince, YEARS, insertAll } from './context';
import { Split, YAGI_HIT, yearFacts } from './facts';
import { Random } from './random';

interface Value {
  actual: number;
  note?: string;
  target: number;
}

interface CriterionDef {
  code: string;
  maxScore: number;
  name: (year: number) => string;
  targetKind: TargetKind;
  unit: string | null;
  value: (p: DemoProvince, year: number, period: Period, rng: Random) => Value;
}

/** Where and when each year's pledge was signed: at the chair province (2023 chair Lào Cai is a demo assumption). */
const SIGNINGS: Record<number, { place: string; signedOn: string }> = {
  2023: { signedOn: '2023-02-24', place: 'Thành phố Lào Cai, tỉnh Lào Cai' },
  2024: { signedOn: '2024-03-15', place: 'Thành phố Tuyên Quang, tỉnh Tuyên Quang' },
};

/** Provinces that fall short on the resource-heavy targets: thin local budgets in 2023, typhoon Yagi at the end of 2024. */
function shortfall(p: DemoProvince, year: number, period: Period): string | null {
  if (year === 2023 && ['11', '12'].includes(p.code)) return 'Chưa đạt chỉ tiêu do nguồn lực đối ứng của địa phương còn hạn chế';
  if (year === 2024 && period === Period.FY && YAGI_HIT.includes(p.code))
    return 'Chưa đạt chỉ tiêu do ảnh hưởng của bão số 3 (Yagi) và mưa lũ sau bão';
  return null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** A cumulative count: the year's target, and a mid-year milestone in proportion to what is usually done by June. */
function counted(facts: Split, period: Period, rng: Random, miss: string | null, over: string, decimals = 0): Value {
  const round = decimals ? round2 : Math.round;
  const least = decimals ? 0.01 : 1;
  const fyTarget = Math.max(least, round(facts.fy / rng.between(0.9, 1.2)));
  if (period === Period.FY) {
    const target = miss ? Math.max(least, round(facts.fy / rng.between(0.62, 0.85))) : fyTarget;
    return { target, actual: facts.fy, note: miss ?? (facts.fy > target * 1.1 ? over : undefined) };
  }
  const share = facts.fy ? facts.h1 / facts.fy : 0.5;
  const target = round(fyTarget * share * (miss ? rng.between(1.2, 1.5) : rng.between(0.85, 1.15)));
  return { target, actual: facts.h1, note: miss ?? undefined };
}

const CRITERIA: readonly CriterionDef[] = [
  {
    code: 'TC01',
    name: () => 'Ban hành kế hoạch triển khai các phong trào thi đua do Thủ tướng Chính phủ phát động',
    unit: null,
    targetKind: TargetKind.YES_NO,
    maxScore: 10,
    value: (p, year, period) =>
      year === 2023 && p.code === '12' && period === Period.H1
        ? { target: 1, actual: 0, note: 'Kế hoạch ban hành chậm so với yêu cầu, đã khắc phục trong quý III' }
        : { target: 1, actual: 1 },
  },
  {
    code: 'TC02',
    name: () => 'Tỷ lệ hồ sơ khen thưởng giải quyết đúng hạn',
    unit: '%',
    targetKind: TargetKind.PERCENTAGE,
    maxScore: 15,
    value: (p, year, period, rng) =>
      rng.chance(0.6)
        ? { target: 100, actual: 100 }
        : { target: 100, actual: round1(rng.between(94, 99.5)), note: 'Một số hồ sơ phải bổ sung, hoàn thiện theo yêu cầu thẩm định' },
  },
  {
    code: 'TC03',
    name: () => 'Số mô hình, điển hình tiên tiến được phát hiện, biểu dương',
    unit: 'mô hình',
    targetKind: TargetKind.NUMBER,
    maxScore: 10,
    value: (p, year, period, rng) =>
      counted(yearFacts(p.profile, year).models, period, rng, null, 'Vượt chỉ tiêu nhờ làm tốt công tác phát hiện, bồi dưỡng điển hình'),
  },
  {
    code: 'TC04',
    name: (year) => (year === 2023 ? 'Số nhà Đại đoàn kết, nhà ở cho hộ nghèo được xây mới, sửa chữa' : 'Số nhà tạm, nhà dột nát được xóa'),
    unit: 'căn',
    targetKind: TargetKind.NUMBER,
    maxScore: 15,
    value: (p, year, period, rng) =>
      counted(
        yearFacts(p.profile, year).houses,
        period,
        rng,
        shortfall(p, year, period),
        'Vượt chỉ tiêu nhờ huy động tốt nguồn lực xã hội hóa',
      ),
  },
  {
    code: 'TC05',
    name: () => 'Số xã đạt chuẩn nông thôn mới tăng thêm',
    unit: 'xã',
    targetKind: TargetKind.NUMBER,
    maxScore: 15,
    value: (p, year, period, rng) =>
      counted(yearFacts(p.profile, year).newCountrysideCommunes, period, rng, shortfall(p, year, period), 'Vượt chỉ tiêu đề ra'),
  },
  {
    code: 'TC06',
    name: () => 'Tỷ lệ hồ sơ khen thưởng thực hiện trên phần mềm',
    unit: '%',
    targetKind: TargetKind.PERCENTAGE,
    maxScore: 10,
    value: (p, year, period, rng) => {
      const target = year === 2023 ? 70 : 90;
      if (year === 2024 && period === Period.H1 && p.code === '06') {
        return { target, actual: round1(target * 0.72), note: 'Hạ tầng công nghệ thông tin cấp xã chưa đồng bộ' };
      }
      return { target, actual: Math.min(100, round1(target * rng.between(0.88, 1.12))) };
    },
  },
  {
    code: 'TC07',
    name: () => 'Tỷ lệ khen thưởng cho công nhân, nông dân, người lao động trực tiếp',
    unit: '%',
    targetKind: TargetKind.PERCENTAGE,
    maxScore: 10,
    value: (p, year, period, rng) => {
      const target = year === 2023 ? 30 : 35;
      return { target, actual: round1(target * rng.between(0.85, 1.3)) };
    },
  },
  {
    code: 'TC08',
    name: () => 'Tỷ lệ giảm hộ nghèo theo chuẩn nghèo đa chiều',
    unit: '%',
    targetKind: TargetKind.PERCENTAGE,
    maxScore: 15,
    value: (p, year, period, rng) => counted(yearFacts(p.profile, year).povertyCut, period, rng, null, 'Vượt chỉ tiêu đề ra', 2),
  },
];

/** Pledges of 2023 and 2024 with 8 criteria (scores sum to 100) and each member's H1 and FY results. Skips a year that already has a pledge. */
export async function seedPledges(ctx: DemoContext): Promise<{ criteria: number; pledges: number; results: number }> {
  const existing = await ctx.m.getRepository(PledgeEntity).findBy({ clusterId: ctx.cluster.id });
  const years = YEARS.filter((y) => !existing.some((p) => p.year === y));
  const pledgeIds = await insertAll(
    ctx.m,
    PledgeEntity,
    years.map((year) => ({ clusterId: ctx.cluster.id, year, ...SIGNINGS[year], isDemo: true })),
  );
  let criteria = 0;
  const results: Array<Partial<PledgeResultEntity>> = [];
  for (const [i, year] of years.entries()) {
    const ids = await insertAll(
      ctx.m,
      PledgeCriterionEntity,
      CRITERIA.map((c, order) => ({
        pledgeId: pledgeIds[i],
        code: c.code,
        name: c.name(year),
        unit: c.unit,
        targetKind: c.targetKind,
        maxScore: c.maxScore,
        sortOrder: order + 1,
      })),
    );
    criteria += ids.length;
    for (const [ci, c] of CRITERIA.entries()) {
      for (const p of ctx.provinces) {
        const rng = new Random(`pledge:${year}:${c.code}:${p.code}`);
        for (const period of [Period.H1, Period.FY]) {
          const v = c.value(p, year, period, rng);
          results.push({
            criterionId: ids[ci],
            provinceId: p.id,
            period,
            targetValue: v.target,
            actualValue: v.actual,
            note: v.note ?? null,
            isDemo: true,
          });
        }
      }
    }
  }
  await insertAll(ctx.m, PledgeResultEntity, results);
  return { pledges: years.length, criteria, results: results.length };
}
