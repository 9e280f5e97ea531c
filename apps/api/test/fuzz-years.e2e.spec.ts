import { testEngines } from '@tdkt/api/database/testing';
import fc from 'fast-check';
import { TestApp, TestUser, createTestApp, tableCounts } from './test-app';

/** FUZZ_SEED replays or varies a run; FUZZ_SCALE multiplies the number of runs. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_208);
const runs = (n: number) => Math.max(1, Math.round(n * Number(process.env['FUZZ_SCALE'] ?? 1)));
const TIMEOUT = 240_000;

/** Codes of provinces that ended before 1 January 2026 (merged into another): never a 2026 member. */
const ENDED_2025 = [
  '02',
  '06',
  '10',
  '17',
  '26',
  '27',
  '30',
  '34',
  '35',
  '36',
  '45',
  '49',
  '54',
  '58',
  '60',
  '62',
  '64',
  '67',
  '70',
  '72',
  '74',
  '77',
  '83',
  '84',
  '87',
  '89',
  '93',
  '94',
  '95',
];
const CALLERS: TestUser[] = ['admin', 'admin', 'admin', 'staff08', 'chairTDMNPB', 'reviewer', 'noScope'];

const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

/** A carry-forward body that is wrong somewhere: a bad field type or format, an unknown field, a province not in the new year. */
const badCarryForwardBody = fc.oneof(
  fc.record({ chairProvinceCode: junk.filter((v) => !(typeof v === 'string' && /^\d{2}$/.test(v)) && v !== null) }),
  fc.record({ viceChairProvinceCode: junk.filter((v) => !(typeof v === 'string' && /^\d{2}$/.test(v)) && v !== null) }),
  fc.record({ replace: junk.filter((v) => typeof v !== 'boolean' && v !== null) }),
  fc.record({ extra: junk }),
  // Well-formed, but not a member of TDMNPB in 2027 (Hà Nội, ended provinces), or chair and vice-chair the same.
  fc.record({ chairProvinceCode: fc.constantFrom('01', '99', ...ENDED_2025), replace: fc.boolean() }),
  fc.constantFrom('08', '19', '25').map((c) => ({ chairProvinceCode: c, viceChairProvinceCode: c, replace: true })),
  fc.array(junk, { maxLength: 3 }),
);

/** Everything the years' endpoints could write. */
async function snapshot(t: TestApp): Promise<string> {
  const [members] = await t.dataSource.query(
    `SELECT count(*)::int AS n, coalesce(string_agg(concat_ws(':', cluster_id, year, province_id, role, derived), ',' ORDER BY cluster_id, year, province_id), '') AS s FROM cluster_memberships`,
  );
  return JSON.stringify({ members, counts: await tableCounts(t.dataSource) });
}

describe.each(testEngines())('fuzz: the years after 2024 on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    // 2027 exists, so a well-formed carry-forward into it without `replace` is refused as well.
    await t.as('admin').post('/api/v1/clusters/TDMNPB/members/2027/carry-forward').send({}).expect(201);
  }, TIMEOUT);
  afterAll(() => t?.close());

  it(
    'POST /clusters/{code}/members/{year}/carry-forward: invalid bodies, paths and callers → 4xx, nothing written',
    async () => {
      const before = await snapshot(t);
      const path = fc.oneof(
        { weight: 4, arbitrary: fc.constant('TDMNPB/members/2027') },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            'NOPE/members/2027',
            'tdmnpb/members/2027',
            'TDMNPB/members/1900',
            'TDMNPB/members/abc',
            'TDMNPB/members/2027.5',
          ),
        },
      );
      await fc.assert(
        fc.asyncProperty(path, fc.constantFrom(...CALLERS), badCarryForwardBody, async (p, who, body) => {
          const res = await t
            .as(who)
            .post(`/api/v1/clusters/${p}/carry-forward`)
            .send(body as object);
          expect([400, 403, 404, 409]).toContain(res.status);
          expect(typeof res.body.message === 'string' || Array.isArray(res.body.message)).toBe(true);
          expect(await snapshot(t)).toBe(before);
        }),
        { numRuns: runs(120), seed: SEED },
      );
    },
    TIMEOUT,
  );

  it(
    'GET /clusters/{code}/members/{year}/carry-forward and /clusters/latest-year: any path or query → never 5xx, nothing written',
    async () => {
      const before = await snapshot(t);
      const segment = fc.oneof(fc.constantFrom('TDMNPB', 'DBSH', 'NOPE', '', '%00', '..'), fc.stringMatching(/^[A-Za-z0-9_%-]{0,12}$/));
      const year = fc.oneof(fc.integer({ min: 1900, max: 2200 }).map(String), fc.stringMatching(/^[0-9a-z.%-]{0,6}$/));
      await fc.assert(
        fc.asyncProperty(segment, year, fc.constantFrom(...CALLERS), fc.boolean(), async (code, y, who, latest) => {
          const url = latest ? `/api/v1/clusters/latest-year?year=${y}` : `/api/v1/clusters/${code}/members/${y}/carry-forward`;
          const res = await t.as(who).get(url);
          expect(res.status).toBeLessThan(500);
          expect(await snapshot(t)).toBe(before);
        }),
        { numRuns: runs(120), seed: SEED },
      );
    },
    TIMEOUT,
  );

  it(
    'PUT /clusters/{code}/members/2026 with provinces not in force on 1 January 2026 → 400 naming each, nothing changed',
    async () => {
      const before = await snapshot(t);
      const list = fc.uniqueArray(fc.constantFrom(...ENDED_2025), { minLength: 1, maxLength: 6 });
      await fc.assert(
        fc.asyncProperty(list, fc.constantFrom('TDMNPB', 'DBSH', 'TP5'), async (codes, cluster) => {
          const res = await t
            .as('admin')
            .put(`/api/v1/clusters/${cluster}/members/2026`)
            .send(codes.map((provinceCode) => ({ provinceCode, role: 'MEMBER' })));
          expect(res.status).toBe(400);
          expect(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(
            codes.map((_, i) => [`${i}.provinceCode`, 'notInForce']),
          );
          expect(await snapshot(t)).toBe(before);
        }),
        { numRuns: runs(60), seed: SEED },
      );
    },
    TIMEOUT,
  );

  it(
    'POST /reports for a cluster-year without members → 409 NO_MEMBERSHIP for its chair, nothing written',
    async () => {
      const before = await snapshot(t);
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1945, max: 2023 }).chain((y) => fc.constantFrom(y, y + 76)),
          fc.constantFrom('H1', 'FY'),
          async (year, period) => {
            if (year >= 2024 && year <= 2027) return;
            const res = await t.as('chairTDMNPB').post('/api/v1/reports').send({ clusterCode: 'TDMNPB', year, period });
            expect(res.status).toBe(409);
            expect(res.body.code).toBe('NO_MEMBERSHIP');
            expect(await snapshot(t)).toBe(before);
          },
        ),
        { numRuns: runs(40), seed: SEED },
      );
    },
    TIMEOUT,
  );
});
