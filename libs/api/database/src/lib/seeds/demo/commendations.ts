import { CommendationKind, RecipientClass } from '@tdkt/shared/contracts';
import { foldVietnamese } from '@tdkt/shared/util-text';
import { workdayBetween } from './calendar';
import { contributionCitation, extraordinaryEvent, regularCitation, thematicCitation } from './citations';
import { DemoContext, DemoMovement, DemoProvince, MovementKey, YEARS, movementsOn, provinceByCode } from './context';
import { GrantSpec, NewCommendation, grant } from './grant';
import { Random } from './random';
import { Recipient, RecipientPool, UnitMix } from './recipients';
import { UnitKind } from './units';

const { REGULAR, THEMATIC, EXTRAORDINARY, CONTRIBUTION } = CommendationKind;

// Where recipients come from: farmers, co-op members and workers make up about a third of individuals.
const ANYONE: UnitMix = [
  ['VILLAGE', 7],
  ['COOP', 4],
  ['ENTERPRISE', 3],
  ['COMMUNE', 2],
  ['SCHOOL', 2],
  ['DEPARTMENT', 1],
  ['DISTRICT', 1],
  ['HEALTH', 1],
];
const STAFF: UnitMix = [
  ['DEPARTMENT', 2],
  ['DISTRICT', 2],
  ['COMMUNE', 2],
  ['SCHOOL', 2],
  ['HEALTH', 1],
  ['ENTERPRISE', 3],
  ['COOP', 1],
];
const LOCAL: UnitMix = [
  ['VILLAGE', 4],
  ['COOP', 3],
  ['COMMUNE', 1],
  ['SCHOOL', 1],
];
const RESCUERS: UnitMix = [
  ['POLICE', 2],
  ['VILLAGE', 2],
  ['COMMUNE', 1],
  ['SCHOOL', 1],
];
const COLLECTIVES: UnitMix = [
  ['DEPARTMENT', 2],
  ['DISTRICT', 2],
  ['COMMUNE', 2],
  ['SCHOOL', 2],
  ['HEALTH', 1],
  ['COOP', 1],
];
const LEADING_UNITS: UnitMix = [
  ['DISTRICT', 3],
  ['DEPARTMENT', 2],
  ['HEALTH', 1],
];
/** Movements households take part in: land and labour for roads, help for poor neighbours, houses. */
const HOUSEHOLD_MOVEMENTS: readonly MovementKey[] = ['NONG_THON_MOI', 'NGUOI_NGHEO', 'NHA_TAM'];

/** Collects rows, dropping a second identical award to one recipient for one year (collectives recur by design). */
export class CommendationSink {
  readonly rows: NewCommendation[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly ctx: DemoContext) {}

  /** Answers whether the row was kept. */
  add(spec: GrantSpec, allowRepeat = false): boolean {
    const row = grant(this.ctx, spec);
    const key = [row.provinceId, foldVietnamese(row.recipientName), foldVietnamese(row.organization), spec.award, row.achievementYear].join(
      '|',
    );
    if (this.seen.has(key) && !allowRepeat) return false;
    this.seen.add(key);
    this.rows.push(row);
    return true;
  }
}

interface Slot {
  ctx: DemoContext;
  out: CommendationSink;
  p: DemoProvince;
  pool: RecipientPool;
  rng: Random;
  year: number;
}

/** Yearly titles are decided once the year closes (Jan–Mar), a few in December, schools' after the school year (Jul–Aug). */
function annual(s: Slot, unit: UnitKind): { achievementYear: number; decidedOn: string } {
  const y = s.year;
  if (unit === 'SCHOOL' && s.rng.chance(0.7)) return { decidedOn: workdayBetween(s.rng, `${y}-07-10`, `${y}-08-31`), achievementYear: y };
  if (s.rng.chance(0.15)) return { decidedOn: workdayBetween(s.rng, `${y}-12-08`, `${y}-12-29`), achievementYear: y };
  return { decidedOn: workdayBetween(s.rng, `${y}-01-04`, `${y}-03-29`), achievementYear: y - 1 };
}

/** Thematic awards come with the movements' mid-year and year-end reviews, some in between. */
function thematic(s: Slot, unit: UnitKind, keys?: readonly MovementKey[]): { decidedOn: string; movement: DemoMovement } {
  const y = s.year;
  for (let attempt = 0; attempt < 50; attempt++) {
    const [from, to] = s.rng.weighted<readonly [string, string]>([
      [[`${y}-06-03`, `${y}-07-31`], 3],
      [[`${y}-11-15`, `${y}-12-27`], 3],
      [[`${y}-02-15`, `${y}-10-31`], 2],
    ]);
    const decidedOn = workdayBetween(s.rng, from, to);
    const running = movementsOn(s.ctx, decidedOn, unit).filter((mv) => !keys || keys.includes(mv.key));
    if (running.length > 0) return { decidedOn, movement: s.rng.pick(running) };
  }
  throw new Error(`demo data: no movement running in ${y} for a thematic award`);
}

function addAnnual(s: Slot, award: string, r: Recipient): void {
  const when = annual(s, r.unit.kind);
  s.out.add({
    award,
    recipient: r,
    province: s.p,
    kind: REGULAR,
    ...when,
    citation: regularCitation(award, when.achievementYear, r.kind, s.p.name),
  });
}

function addThematic(s: Slot, award: string, r: Recipient, keys?: readonly MovementKey[]): void {
  const { decidedOn, movement } = thematic(s, r.unit.kind, keys);
  s.out.add({
    award,
    recipient: r,
    province: s.p,
    kind: THEMATIC,
    decidedOn,
    achievementYear: s.year,
    movementId: movement.id,
    citation: thematicCitation(movement, s.year, r.kind),
  });
}

function addExtraordinary(s: Slot, award: string, r: Recipient): void {
  const event = extraordinaryEvent(s.rng, s.p, s.year, r.unit.kind);
  s.out.add({
    award,
    recipient: r,
    province: s.p,
    kind: EXTRAORDINARY,
    decidedOn: workdayBetween(s.rng, event.from, event.to),
    achievementYear: s.year,
    citation: event.citation,
  });
}

/** One draw of the yearly mix: [what is awarded, weight]. Pairs (LĐTT with CSTĐCS) share one decision. */
const MIX: ReadonlyArray<readonly [(s: Slot) => void, number]> = [
  [(s) => addAnnual(s, 'LAO_DONG_TIEN_TIEN', s.pool.person(s.p, ANYONE)), 14],
  [
    (s) => {
      const r = s.pool.person(s.p, STAFF);
      const when = annual(s, r.unit.kind);
      for (const award of ['LAO_DONG_TIEN_TIEN', 'CSTD_CO_SO']) {
        s.out.add({
          award,
          recipient: r,
          province: s.p,
          kind: REGULAR,
          ...when,
          citation: regularCitation(award, when.achievementYear, r.kind, s.p.name),
        });
      }
    },
    10,
  ],
  [
    (s) => {
      const kind = s.rng.weighted([
        [THEMATIC, 6],
        [EXTRAORDINARY, 2],
        [REGULAR, 2],
      ] as const);
      const r = s.pool.person(s.p, LOCAL);
      if (kind === EXTRAORDINARY) addExtraordinary(s, 'GIAY_KHEN', r);
      else if (kind === THEMATIC) addThematic(s, 'GIAY_KHEN', r);
      else addAnnual(s, 'GIAY_KHEN', r);
    },
    7,
  ],
  [(s) => addThematic(s, 'GIAY_KHEN', s.pool.household(s.p), HOUSEHOLD_MOVEMENTS), 2],
  [(s) => addAnnual(s, 'TAP_THE_LAO_DONG_TIEN_TIEN', s.pool.collective(s.p, COLLECTIVES)), 6],
  [(s) => addAnnual(s, 'THON_TO_DAN_PHO_VAN_HOA', s.pool.collective(s.p, [['VILLAGE', 1]], true)), 3],
  [(s) => addAnnual(s, 'GIA_DINH_VAN_HOA', s.pool.household(s.p)), 3],
  [
    (s) => {
      const kind = s.rng.weighted([
        [THEMATIC, 5],
        [EXTRAORDINARY, 3],
        [REGULAR, 2],
      ] as const);
      if (kind === EXTRAORDINARY) addExtraordinary(s, 'BANG_KHEN_TINH', s.pool.person(s.p, RESCUERS));
      else if (kind === THEMATIC) addThematic(s, 'BANG_KHEN_TINH', s.pool.person(s.p, ANYONE));
      else addAnnual(s, 'BANG_KHEN_TINH', s.pool.person(s.p, STAFF));
    },
    12,
  ],
  [
    (s) => {
      const kind = s.rng.weighted([
        [THEMATIC, 4],
        [REGULAR, 2],
        [EXTRAORDINARY, 2],
      ] as const);
      if (kind === EXTRAORDINARY) addExtraordinary(s, 'BANG_KHEN_TINH', s.pool.collective(s.p, [['POLICE', 1]]));
      else if (kind === THEMATIC) addThematic(s, 'BANG_KHEN_TINH', s.pool.collective(s.p, COLLECTIVES));
      else addAnnual(s, 'BANG_KHEN_TINH', s.pool.collective(s.p, COLLECTIVES));
    },
    6,
  ],
  [(s) => addThematic(s, 'BANG_KHEN_TINH', s.pool.household(s.p), HOUSEHOLD_MOVEMENTS), 1],
  [(s) => addAnnual(s, 'TAP_THE_LAO_DONG_XUAT_SAC', s.pool.collective(s.p, COLLECTIVES)), 5],
  [(s) => addAnnual(s, 'CO_THI_DUA_TINH', s.pool.collective(s.p, LEADING_UNITS, true)), 2],
  [(s) => addAnnual(s, 'XA_PHUONG_TIEU_BIEU', s.pool.commune(s.p)), 2],
  [
    (s) => {
      const r = s.pool.person(
        s.p,
        [
          ['DEPARTMENT', 1],
          ['DISTRICT', 1],
        ],
        [RecipientClass.LEADER, RecipientClass.MANAGER],
      );
      s.out.add({
        award: 'KY_NIEM_CHUONG_TINH',
        recipient: r,
        province: s.p,
        kind: CONTRIBUTION,
        decidedOn: workdayBetween(s.rng, `${s.year}-03-01`, `${s.year}-11-30`),
        achievementYear: s.year,
        citation: contributionCitation(s.p.name),
      });
    },
    1,
  ],
];

/**
 * Awards within the provinces' own authority, all recorded as decided, for 2023 and 2024.
 * Bigger provinces draw a little more. Some 2024 decisions fall exactly on 30 June and 1 July, the H1/H2 boundary.
 */
export function provincialCommendations(ctx: DemoContext, pool: RecipientPool, out: CommendationSink, rng: Random): void {
  for (const p of ctx.provinces) {
    for (const year of YEARS) {
      const s: Slot = { ctx, out, p, pool, rng: rng.fork(`${p.code}:${year}`), year };
      const draws = 7 + Math.round(p.profile.population / 500) + s.rng.int(0, 1);
      for (let i = 0; i < draws; i++) s.rng.weighted(MIX)(s);
    }
  }
  const houses = ctx.movements.find((mv) => mv.key === 'NHA_TAM');
  if (!houses) throw new Error('demo data: the temporary-houses movement is missing');
  const boundary: Array<[string, string]> = [
    ['08', '2024-06-30'],
    ['17', '2024-06-30'],
    ['25', '2024-06-30'],
    ['19', '2024-07-01'],
    ['24', '2024-07-01'],
    ['14', '2024-07-01'],
  ];
  for (const [i, [code, decidedOn]] of boundary.entries()) {
    const p = provinceByCode(ctx, code);
    const recipient: Recipient = i % 2 === 0 ? pool.person(p, ANYONE) : pool.collective(p, COLLECTIVES);
    out.add({
      award: 'BANG_KHEN_TINH',
      recipient,
      province: p,
      kind: THEMATIC,
      decidedOn,
      achievementYear: 2024,
      movementId: houses.id,
      citation: thematicCitation(houses, 2024, recipient.kind),
    });
  }
}
