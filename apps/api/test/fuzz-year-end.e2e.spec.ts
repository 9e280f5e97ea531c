import { testEngines } from '@tdkt/api/database/testing';
import fc from 'fast-check';
import { TestApp, TestUser, createTestApp, tableCounts } from './test-app';
import { SHEET } from './year-end-fixtures';

/**
 * Property-based fuzzing of the year-end endpoints: a valid body broken by one generated mutation (a field of the
 * wrong type or out of range, a field missing, an unknown field, a malformed path) must be answered 4xx in the
 * {statusCode, error, message} shape — never 2xx, never 5xx — and must leave every table as it was.
 *
 * FUZZ_SEED replays or varies a run; FUZZ_SCALE multiplies the number of runs.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_241_231);
const SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const API = '/api/v1';
const base = `${API}/clusters/TDMNPB/years/2024`;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Method = 'get' | 'post' | 'put';

/** Values that no field of these bodies accepts in place of `kind`. */
const wrongFor = (kind: 'text' | 'nonText' | 'number' | 'int' | 'array' | 'code' | 'enum' | 'uuid' | 'share'): fc.Arbitrary<Json> => {
  const notString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}));
  const notNumber = fc.oneof(fc.string(), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant('1e3'));
  switch (kind) {
    case 'text':
      return fc.oneof(notString, fc.constant(''), fc.constant('   '), fc.constant('x'.repeat(501)), fc.constant('Suy tôn\u0000'));
    case 'nonText':
      // Optional text accepts null: only values of another type are wrong.
      return fc.oneof(fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant('x'.repeat(2001)));
    case 'number':
      return fc.oneof(notNumber, fc.constantFrom(-1, 1000.5, 1e9, 0.001, 12.345));
    case 'int':
      return fc.oneof(notNumber, fc.constantFrom(-1, 1.5, 2 ** 40));
    case 'share':
      return fc.oneof(notNumber, fc.constantFrom(0, -0.5, 1.5, 0.12345));
    case 'array':
      // Not null: an optional list left out is valid (candidates default to the ranking).
      return fc.oneof(fc.string(), fc.integer(), fc.constant({}));
    case 'code':
      return fc.oneof(notString, fc.constantFrom('', 'a b', 'x'.repeat(30), 'đ', '1;DROP TABLE votes'));
    case 'enum':
      return fc.oneof(notString, fc.constantFrom('', 'manual', 'OTHER'));
    case 'uuid':
      return fc.oneof(fc.integer(), fc.boolean(), fc.constant([]), fc.constantFrom('', 'abc', '00000000-0000-0000-0000-00000000000g'));
  }
};

interface Endpoint {
  name: string;
  who: TestUser;
  method: Method;
  url: () => string;
  valid: () => Record<string, Json>;
  /** Field paths and the kind of value they need; a mutation replaces one with a wrong value or removes it. */
  fields: Record<string, Parameters<typeof wrongFor>[0]>;
  required: string[];
}

function setPath(body: Record<string, Json>, path: string, value: Json | undefined): Record<string, Json> {
  const copy = JSON.parse(JSON.stringify(body)) as Record<string, Json>;
  const keys = path.split('.');
  let node: Record<string, Json> | Json[] = copy;
  for (const k of keys.slice(0, -1)) node = (node as Record<string, Json>)[k] as Record<string, Json>;
  const last = keys[keys.length - 1];
  if (value === undefined) delete (node as Record<string, Json>)[last];
  else (node as Record<string, Json>)[last] = value;
  return copy;
}

const mutation = (e: Endpoint): fc.Arbitrary<{ body: Record<string, Json>; what: string }> =>
  fc.oneof(
    fc
      .constantFrom(...Object.keys(e.fields))
      .chain((path) =>
        wrongFor(e.fields[path]).map((v) => ({ body: setPath(e.valid(), path, v), what: `${path} = ${JSON.stringify(v)}` })),
      ),
    fc.constantFrom(...e.required).map((path) => ({ body: setPath(e.valid(), path, undefined), what: `without ${path}` })),
    fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((k) => !(k in e.valid()) && !['__proto__', 'constructor'].includes(k))
      .map((k) => ({ body: { ...e.valid(), [k]: 1 }, what: `unknown field ${k}` })),
    fc
      .constantFrom<Json>(null, 'text', 42, [], true)
      .map((v) => ({ body: v as unknown as Record<string, Json>, what: `body ${JSON.stringify(v)}` })),
  );

describe.each(testEngines())('fuzz: generated invalid input to the year-end endpoints on %s', (engine) => {
  let t: TestApp;
  let openVoteId: string;
  let draftVoteId: string;
  let baseline: Record<string, number>;

  const counts = async () => ({
    ...(await tableCounts(t.dataSource)),
    ...Object.fromEntries(
      await Promise.all(
        ['score_sheets', 'score_cards', 'votes', 'vote_register', 'vote_ballots'].map(async (table) => [
          table,
          Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n),
        ]),
      ),
    ),
  });

  beforeAll(async () => {
    t = await createTestApp(engine);
    const chair = t.as('chairTDMNPB');
    await chair
      .put(`${API}/clusters/TDMNPB/years/2023/score-sheet`)
      .send({ ...SHEET, version: 0 })
      .expect(200);
    await chair
      .put(`${base}/score-sheet`)
      .send({ ...SHEET, version: 0 })
      .expect(200);
    await chair.post(`${base}/score-sheet/open`).send({ version: 1 }).expect(200);
    const vote = { clusterCode: 'TDMNPB', year: 2024, title: 'Suy tôn', awardTypeCode: 'CO_THI_DUA_CHINH_PHU', candidates: ['08', '25'] };
    openVoteId = (await chair.post(`${API}/votes`).send(vote).expect(201)).body.id;
    await chair.post(`${API}/votes/${openVoteId}/open`).expect(200);
    draftVoteId = (await chair.post(`${API}/votes`).send(vote).expect(201)).body.id;
    baseline = await counts();
  });
  afterAll(() => t?.close());

  const ENDPOINTS: Endpoint[] = [
    {
      name: 'PUT …/score-sheet',
      who: 'chairTDMNPB',
      method: 'put',
      url: () => `${API}/clusters/TDMNPB/years/2023/score-sheet`,
      valid: () => ({ ...SHEET, version: 1 }),
      fields: {
        criteria: 'array',
        bonuses: 'array',
        deductions: 'array',
        version: 'int',
        'criteria.0.code': 'code',
        'criteria.0.name': 'text',
        'criteria.0.group': 'text',
        'criteria.0.maxPoints': 'number',
        'criteria.0.method': 'enum',
        'bonuses.0.maxPoints': 'number',
        'deductions.0.code': 'code',
      },
      required: [
        'criteria',
        'bonuses',
        'deductions',
        'criteria.0.code',
        'criteria.0.name',
        'criteria.0.group',
        'criteria.0.maxPoints',
        'criteria.0.method',
      ],
    },
    {
      name: 'POST …/score-sheet/open',
      who: 'chairTDMNPB',
      method: 'post',
      url: () => `${API}/clusters/TDMNPB/years/2023/score-sheet/open`,
      valid: () => ({ version: 1 }),
      fields: { version: 'int' },
      required: ['version'],
    },
    {
      name: 'PUT …/scores/08 (staff)',
      who: 'staff08',
      method: 'put',
      url: () => `${base}/scores/08`,
      valid: () => ({ version: 0, items: [{ code: 'TC1', selfScore: 10, note: 'Minh chứng' }] }),
      fields: { version: 'int', items: 'array', 'items.0.code': 'code', 'items.0.selfScore': 'number', 'items.0.note': 'nonText' },
      required: ['version', 'items', 'items.0.code'],
    },
    {
      name: 'POST /votes',
      who: 'chairTDMNPB',
      method: 'post',
      url: () => `${API}/votes`,
      valid: () => ({
        clusterCode: 'TDMNPB',
        year: 2024,
        title: 'Suy tôn',
        awardTypeCode: 'CO_THI_DUA_CHINH_PHU',
        candidates: ['08', '25'],
        seats: 1,
      }),
      fields: {
        clusterCode: 'code',
        year: 'int',
        title: 'text',
        awardTypeCode: 'code',
        candidates: 'array',
        'candidates.0': 'code',
        seats: 'int',
        quorum: 'share',
        threshold: 'share',
        meetingId: 'uuid',
      },
      required: ['clusterCode', 'year', 'title', 'awardTypeCode'],
    },
    {
      name: 'POST /votes/{id}/ballots (staff)',
      who: 'staff08',
      method: 'post',
      url: () => `${API}/votes/${openVoteId}/ballots`,
      valid: () => ({ provinceCode: '08', choices: ['08'] }),
      fields: { choices: 'array', 'choices.0': 'code', provinceCode: 'code' },
      required: ['choices'],
    },
  ];

  async function send(who: TestUser, method: Method, url: string, body?: unknown) {
    const req = t.as(who)[method](url);
    return body === undefined ? req : req.set('Content-Type', 'application/json').send(JSON.stringify(body));
  }

  function refused(res: { status: number; body: { statusCode?: number; error?: unknown; message?: unknown } }, what: string): void {
    if (res.status < 400 || res.status >= 500) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    expect(res.body.statusCode).toBe(res.status);
    expect(typeof res.body.error).toBe('string');
    expect(res.body.message).toBeDefined();
  }

  for (const e of ENDPOINTS) {
    it(`${e.name}: one broken field → 4xx with the error shape, nothing changes`, async () => {
      await fc.assert(
        fc.asyncProperty(mutation(e), async ({ body, what }) => {
          const res = await send(e.who, e.method, e.url(), body);
          refused(res, `${e.name} ${what}`);
          expect(await counts()).toEqual(baseline);
        }),
        { numRuns: runs(40), seed: SEED },
      );
    }, 240_000);
  }

  it('malformed path parameters on every year-end endpoint → 4xx, nothing changes', async () => {
    const bad = fc.record({
      code: fc.constantFrom('TDMNPB', 'tdmnpb', 'X', 'NOPE_CLUSTER', '%20', 'T'.repeat(30)),
      year: fc.constantFrom('2024', '1800', '3000', 'abc', '2024.5', '-1'),
      province: fc.constantFrom('08', '8', '99', 'ab', '001'),
      id: fc.constantFrom('not-a-uuid', '00000000-0000-4000-8000-000000000000', draftVoteId.toUpperCase().replace(/-/g, '')),
    });
    const paths = (p: { code: string; year: string; province: string; id: string }): Array<[Method, string, unknown]> => [
      ['get', `${API}/clusters/${p.code}/years/${p.year}/score-sheet`, undefined],
      ['put', `${API}/clusters/${p.code}/years/${p.year}/score-sheet`, { ...SHEET, version: 9 }],
      ['post', `${API}/clusters/${p.code}/years/${p.year}/score-sheet/copy-from-previous`, undefined],
      ['post', `${API}/clusters/${p.code}/years/${p.year}/score-sheet/close`, { version: 9 }],
      ['get', `${API}/clusters/${p.code}/years/${p.year}/scores/${p.province}`, undefined],
      ['put', `${API}/clusters/${p.code}/years/${p.year}/scores/${p.province}`, { version: 9, items: [] }],
      ['get', `${API}/clusters/${p.code}/years/${p.year}/ranking`, undefined],
      ['get', `${API}/votes/${p.id}`, undefined],
      ['post', `${API}/votes/${p.id}/open`, undefined],
      ['post', `${API}/votes/${p.id}/close`, undefined],
      ['post', `${API}/votes/${p.id}/ballots`, { provinceCode: '12', choices: [] }],
      ['get', `${API}/votes/${p.id}/minutes.docx`, undefined],
      ['post', `${API}/votes/${p.id}/nominations`, undefined],
    ];
    await fc.assert(
      fc.asyncProperty(bad, async (p) => {
        // The one well-formed combination (TDMNPB/2024/08, an existing vote) is not malformed: skip it.
        for (const [method, url, body] of paths(p)) {
          if (url.includes('/TDMNPB/years/2024/') && (url.endsWith('/08') || !url.includes('/scores/'))) continue;
          const res = await send('chairTDMNPB', method, url, body);
          refused(res, `${method.toUpperCase()} ${url}`);
        }
        expect(await counts()).toEqual(baseline);
      }),
      { numRuns: runs(15), seed: SEED },
    );
  }, 240_000);

  it('GET /votes with invalid filters → 400', async () => {
    for (const q of ['year=abc', 'year=1800', 'clusterCode=x', 'clusterCode=a%20b', 'other=1']) {
      refused(await t.as('chairTDMNPB').get(`${API}/votes?${q}`), q);
    }
  });

  it('after all the runs above, every table equals the baseline', async () => {
    expect(await counts()).toEqual(baseline);
  });
});
