import { CommendationKind, CommendationStatus, RecipientClass, RecipientKind } from '@tdkt/shared/contracts';
import { workdayBetween } from './calendar';
import { contributionCitation, regularCitation, thematicCitation } from './citations';
import { DemoContext, DemoProvince, MovementKey, movementByKey, provinceByCode, suits } from './context';
import { CommendationSink } from './commendations';
import { GrantSpec } from './grant';
import { Random } from './random';
import { Recipient, RecipientPool, UnitMix, unitNamed } from './recipients';

const { REGULAR, THEMATIC, CONTRIBUTION } = CommendationKind;
const { SUBMITTED, DRAFT, RETURNED, REVOKED } = CommendationStatus;

const CLUSTER_NAME = 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc';
const COLLECTIVES: UnitMix = [
  ['DEPARTMENT', 2],
  ['DISTRICT', 2],
  ['COMMUNE', 2],
  ['SCHOOL', 1],
  ['HEALTH', 1],
  ['COOP', 1],
];
const WHOLE_UNITS: UnitMix = [
  ['DEPARTMENT', 2],
  ['DISTRICT', 2],
  ['COOP', 1],
  ['ENTERPRISE', 1],
];
const PEOPLE: UnitMix = [
  ['VILLAGE', 2],
  ['COOP', 2],
  ['ENTERPRISE', 1],
  ['COMMUNE', 2],
  ['SCHOOL', 1],
  ['DEPARTMENT', 1],
  ['HEALTH', 1],
];
const LEADERS: UnitMix = [
  ['DEPARTMENT', 1],
  ['DISTRICT', 1],
];
/** Movements the Prime Minister's certificates of merit are given for (all running since 2022 or earlier). */
const PM_THEMES: readonly MovementKey[] = ['NONG_THON_MOI', 'NGUOI_NGHEO', 'DOANH_NGHIEP', 'VAN_HOA_CONG_SO'];
const HOUSEHOLD_THEMES: readonly MovementKey[] = ['NONG_THON_MOI', 'NGUOI_NGHEO'];

/** The province's People's Committee as a collective, e.g. the cluster's leading province. */
function provinceCommittee(pool: RecipientPool, p: DemoProvince): Recipient {
  return pool.collectiveOf(unitNamed(p, `Sở Nội vụ tỉnh ${p.name}`), `Ủy ban nhân dân tỉnh ${p.name}`, null);
}

/** Households are commended only for what they gave to a movement, never as a regular award. */
function bkTtgRecipient(rng: Random, pool: RecipientPool, p: DemoProvince, households: boolean): Recipient {
  const kind = rng.weighted([
    ['COLLECTIVE', 5],
    ['INDIVIDUAL', 4],
    ['HOUSEHOLD', households ? 1 : 0],
  ] as const);
  if (kind === 'HOUSEHOLD') return pool.household(p);
  return kind === 'COLLECTIVE' ? pool.collective(p, COLLECTIVES) : pool.person(p, PEOPLE);
}

/**
 * Central-level awards (Prime Minister, President), decided through the council: most approved,
 * some still in the workflow (submitted, draft, returned), plus two provincial awards later revoked.
 */
export function centralCommendations(ctx: DemoContext, pool: RecipientPool, out: CommendationSink, rng: Random): void {
  // Bằng khen of the Prime Minister: one per province, a second for every other province.
  for (const [i, p] of ctx.provinces.entries()) {
    const years = i % 2 === 0 ? [2023, 2024] : [i % 4 === 1 ? 2024 : 2023];
    for (const year of years) {
      const decidedOn = workdayBetween(rng, `${year}-03-01`, `${year}-12-20`);
      if (rng.chance(0.6)) {
        const r = bkTtgRecipient(rng, pool, p, true);
        const achievementYear = rng.chance(0.5) ? year : year - 1;
        const themes = r.kind === RecipientKind.HOUSEHOLD ? HOUSEHOLD_THEMES : PM_THEMES.filter((key) => suits(key, r.unit.kind));
        const movement = movementByKey(ctx, rng.pick(themes));
        out.add({
          award: 'BANG_KHEN_THU_TUONG',
          recipient: r,
          province: p,
          kind: THEMATIC,
          decidedOn,
          achievementYear,
          movementId: movement.id,
          citation: thematicCitation(movement, achievementYear, r.kind),
        });
      } else {
        const r = bkTtgRecipient(rng, pool, p, false);
        out.add({
          award: 'BANG_KHEN_THU_TUONG',
          recipient: r,
          province: p,
          kind: REGULAR,
          decidedOn,
          achievementYear: year - 1,
          citation: regularCitation('BANG_KHEN_THU_TUONG', year - 1, r.kind, p.name),
        });
      }
    }
  }
  // Labour Orders, third class (President): units, or leaders for their years of service.
  for (const [i, p] of ctx.provinces.entries()) {
    if (i % 2 === 0) continue;
    const year = i % 4 === 1 ? 2023 : 2024;
    const decidedOn = workdayBetween(rng, `${year}-04-01`, `${year}-11-29`);
    if (rng.chance(0.6)) {
      const r = pool.collective(p, WHOLE_UNITS, true);
      out.add({
        award: 'HUAN_CHUONG_LAO_DONG_3',
        recipient: r,
        province: p,
        kind: REGULAR,
        decidedOn,
        achievementYear: year - 1,
        citation: `Đã có thành tích xuất sắc trong công tác từ năm ${year - 5} đến năm ${year - 1}, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc.`,
      });
    } else {
      const r = pool.person(p, LEADERS, [RecipientClass.LEADER]);
      out.add({
        award: 'HUAN_CHUONG_LAO_DONG_3',
        recipient: r,
        province: p,
        kind: CONTRIBUTION,
        decidedOn,
        achievementYear: year,
        citation: contributionCitation(p.name),
      });
    }
  }
  // The Government's emulation flag goes yearly to the cluster's leading province (Law Art. 25.2); the
  // runners-up get the Prime Minister's certificate (Art. 73.4c). Who led in 2022 and 2023 is a demo assumption.
  const leaders: Array<[string, number, string]> = [
    ['24', 2022, '2023-05-19'],
    ['10', 2023, '2024-04-26'],
  ];
  for (const [code, achievementYear, decidedOn] of leaders) {
    const p = provinceByCode(ctx, code);
    out.add({
      award: 'CO_THI_DUA_CHINH_PHU',
      recipient: provinceCommittee(pool, p),
      province: p,
      kind: REGULAR,
      decidedOn,
      achievementYear,
      citation: `Đơn vị dẫn đầu phong trào thi đua năm ${achievementYear} của ${CLUSTER_NAME}.`,
    });
  }
  for (const code of ['08', '17']) {
    const p = provinceByCode(ctx, code);
    out.add({
      award: 'BANG_KHEN_THU_TUONG',
      recipient: provinceCommittee(pool, p),
      province: p,
      kind: REGULAR,
      decidedOn: '2024-04-26',
      achievementYear: 2023,
      citation: `Đã có thành tích xuất sắc trong phong trào thi đua năm 2023 của ${CLUSTER_NAME}.`,
    });
  }
  // Flags for units leading a province's own movement.
  for (const [code, achievementYear, decidedOn] of [
    ['25', 2022, '2023-06-09'],
    ['19', 2023, '2024-06-14'],
  ] as const) {
    const p = provinceByCode(ctx, code);
    const r = pool.collective(
      p,
      [
        ['DISTRICT', 1],
        ['DEPARTMENT', 1],
      ],
      true,
    );
    out.add({
      award: 'CO_THI_DUA_CHINH_PHU',
      recipient: r,
      province: p,
      kind: REGULAR,
      decidedOn,
      achievementYear,
      citation: regularCitation('CO_THI_DUA_CHINH_PHU', achievementYear, r.kind, p.name),
    });
  }
  proposalsInProgress(ctx, pool, out, rng);
  revoked(ctx, pool, out, rng);
}

/** Proposals not decided yet: ten at the council, five drafts at the provinces, three returned for more evidence. */
function proposalsInProgress(ctx: DemoContext, pool: RecipientPool, out: CommendationSink, rng: Random): void {
  const states: CommendationStatus[] = [...Array(10).fill(SUBMITTED), ...Array(5).fill(DRAFT), ...Array(3).fill(RETURNED)];
  const provinces = rng.shuffle(ctx.provinces);
  for (const [i, status] of states.entries()) {
    const p = provinces[i % provinces.length];
    const achievementYear = status === SUBMITTED && i % 3 === 0 ? 2023 : 2024;
    // A unit may already hold the same proposal for that year: draw again rather than duplicate it.
    for (let attempt = 0; !out.add(proposal(ctx, pool, rng, p, achievementYear, status)); attempt++) {
      if (attempt > 20) throw new Error(`demo data: no fresh proposal left in ${p.name}`);
    }
  }
}

function proposal(
  ctx: DemoContext,
  pool: RecipientPool,
  rng: Random,
  p: DemoProvince,
  achievementYear: number,
  status: CommendationStatus,
): GrantSpec {
  const award = rng.weighted([
    ['BANG_KHEN_THU_TUONG', 6],
    ['HUAN_CHUONG_LAO_DONG_3', 3],
    ['CO_THI_DUA_CHINH_PHU', 1],
  ] as const);
  if (award === 'CO_THI_DUA_CHINH_PHU') {
    const r = pool.collective(
      p,
      [
        ['DISTRICT', 1],
        ['DEPARTMENT', 1],
      ],
      true,
    );
    return {
      award,
      recipient: r,
      province: p,
      kind: REGULAR,
      achievementYear,
      status,
      citation: regularCitation(award, achievementYear, r.kind, p.name),
    };
  }
  if (award === 'HUAN_CHUONG_LAO_DONG_3') {
    const r = pool.collective(p, WHOLE_UNITS, true);
    return {
      award,
      recipient: r,
      province: p,
      kind: REGULAR,
      achievementYear,
      status,
      citation: `Đã có thành tích xuất sắc trong công tác từ năm ${achievementYear - 4} đến năm ${achievementYear}.`,
    };
  }
  const r = bkTtgRecipient(rng, pool, p, true);
  const keys: MovementKey[] = r.kind === RecipientKind.HOUSEHOLD ? ['NONG_THON_MOI'] : ['NONG_THON_MOI', 'HOC_TAP'];
  const movement = movementByKey(ctx, rng.pick<MovementKey>(achievementYear === 2024 ? [...keys, 'NHA_TAM'] : keys));
  return {
    award,
    recipient: r,
    province: p,
    kind: THEMATIC,
    achievementYear,
    status,
    movementId: movement.id,
    citation: thematicCitation(movement, achievementYear, r.kind),
  };
}

/** Two provincial certificates revoked after the recipients' files were found to overstate their results. */
function revoked(ctx: DemoContext, pool: RecipientPool, out: CommendationSink, rng: Random): void {
  for (const code of ['14', '24']) {
    const p = provinceByCode(ctx, code);
    const r = pool.person(p, [
      ['COMMUNE', 1],
      ['DISTRICT', 1],
    ]);
    const decidedOn = workdayBetween(rng, '2023-02-01', '2023-03-31');
    out.add({
      award: 'BANG_KHEN_TINH',
      recipient: r,
      province: p,
      kind: REGULAR,
      decidedOn,
      achievementYear: 2022,
      status: REVOKED,
      citation: regularCitation('BANG_KHEN_TINH', 2022, r.kind, p.name),
    });
  }
}
