import { testEngines } from '@tdkt/api/database/testing';
import { TEST_USERS, TestApp, TestUser, createTestApp, tableCounts } from './test-app';
import { SHEET, binary } from './year-end-fixtures';

/**
 * The access matrix (§8) of the year-end endpoints: every endpoint as anonymous and as each test account, in and
 * out of scope. Refused calls come first and must leave every table as it was; the allowed callers then succeed.
 */

type Who = TestUser | 'anon';
type Method = 'get' | 'post' | 'put';

const API = '/api/v1';
const WHO: Who[] = ['anon', ...(Object.keys(TEST_USERS) as TestUser[])];
const base = `${API}/clusters/TDMNPB/years/2024`;

/** Readers of TDMNPB's 2024 records: the council, its chair and the staff of its 2024 members. */
const READERS: Who[] = ['admin', 'reviewer', 'chairTDMNPB', 'staff08', 'staff25', 'staff15'];

/** Expected statuses: `ok` for the listed callers, else 401 (anonymous), `outside` for callers outside the cluster, 403 for the rest. */
function matrix(ok: number, allowed: Who[], outside = 403, readers: Who[] = READERS): Record<Who, number> {
  const out = {} as Record<Who, number>;
  for (const w of WHO) {
    out[w] = w === 'anon' ? 401 : allowed.includes(w) ? ok : w === 'noScope' ? 403 : readers.includes(w) ? 403 : outside;
  }
  return out;
}

describe.each(testEngines())('access matrix of the year-end review on %s', (engine) => {
  let t: TestApp;
  let voteId: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    // Last year's sheet, for the copy.
    await t
      .as('chairTDMNPB')
      .put(`${API}/clusters/TDMNPB/years/2023/score-sheet`)
      .send({ ...SHEET, version: 0 })
      .expect(200);
  });
  afterAll(() => t?.close());

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

  /** Calls the endpoint as everyone, the refused first (nothing may change), then the allowed; answers the last allowed body. */
  async function check(method: Method, url: string, expected: Record<Who, number>, body?: (who: Who) => object): Promise<unknown> {
    const order = [...WHO].sort((a, b) => Number(expected[a] < 300) - Number(expected[b] < 300));
    let last: unknown;
    for (const who of order) {
      const before = expected[who] >= 300 ? await counts() : null;
      const req = who === 'anon' ? t.http()[method](url) : t.as(who)[method](url);
      const res = await (body ? req.send(body(who)) : req).buffer(true).parse(binary);
      const status = res.status;
      if (status !== expected[who])
        throw new Error(
          `${method.toUpperCase()} ${url} as ${who}: ${status}, expected ${expected[who]}: ${res.body.toString().slice(0, 300)}`,
        );
      if (before) expect(await counts()).toEqual(before);
      if (status < 300 && res.headers['content-type']?.includes('json')) last = JSON.parse(res.body.toString());
    }
    return last;
  }

  it('POST …/score-sheet/copy-from-previous: the chair only', async () => {
    await check('post', `${base}/score-sheet/copy-from-previous`, matrix(201, ['chairTDMNPB']));
  });

  it("GET …/score-sheet: the council, the chair and the members' staff", async () => {
    await check('get', `${base}/score-sheet`, matrix(200, READERS));
  });

  it('PUT …/score-sheet: the chair only', async () => {
    await check('put', `${base}/score-sheet`, matrix(200, ['chairTDMNPB']), () => ({ ...SHEET, version: 1 }));
  });

  it('POST …/score-sheet/open: the chair only', async () => {
    await check('post', `${base}/score-sheet/open`, matrix(200, ['chairTDMNPB']), () => ({ version: 2 }));
  });

  it("PUT …/scores/08: Tuyên Quang's staff (self) and the chair (agreed); nobody else", async () => {
    // Each caller sends only the fields of its role, so a refusal is about the caller, not the body.
    await check('put', `${base}/scores/08`, matrix(200, ['staff08', 'chairTDMNPB']), (who) =>
      who === 'chairTDMNPB'
        ? { version: 1, items: [{ code: 'TC1', agreedScore: 15 }] }
        : { version: 0, items: [{ code: 'TC1', selfScore: 15 }] },
    );
  });

  it('GET …/scores/08 and …/ranking: the readers', async () => {
    await check('get', `${base}/scores/08`, matrix(200, READERS));
    const ranking = (await check('get', `${base}/ranking`, matrix(200, READERS))) as Array<{ provinceCode: string }>;
    expect(ranking).toHaveLength(14);
  });

  it('POST /votes: the chair only', async () => {
    const vote = (await check('post', `${API}/votes`, matrix(201, ['chairTDMNPB']), () => ({
      clusterCode: 'TDMNPB',
      year: 2024,
      title: 'Suy tôn Cờ thi đua của Chính phủ',
      awardTypeCode: 'CO_THI_DUA_CHINH_PHU',
      candidates: ['08', '25'],
      quorum: 0.2,
      threshold: 0.2,
    }))) as { id: string };
    voteId = vote.id;
  });

  it('GET /votes: everyone in a scope (filtered); GET /votes/{id}: the readers, 404 outside', async () => {
    await check('get', `${API}/votes?clusterCode=TDMNPB&year=2024`, matrix(200, [...READERS, 'staff01', 'chairDBSH']));
    for (const who of ['staff01', 'chairDBSH'] as const) expect((await t.as(who).get(`${API}/votes`).expect(200)).body).toEqual([]);
    await check('get', `${API}/votes/${voteId}`, matrix(200, READERS, 404));
  });

  it('POST /votes/{id}/open: the chair; members 403, outsiders 404', async () => {
    await check('post', `${API}/votes/${voteId}/open`, matrix(200, ['chairTDMNPB'], 404));
  });

  it("POST /votes/{id}/ballots: each member's staff once, the chair on paper; the council and outsiders 403", async () => {
    const codes: Partial<Record<Who, string>> = { staff08: '08', staff25: '25', staff15: '15', chairTDMNPB: '12' };
    await check('post', `${API}/votes/${voteId}/ballots`, matrix(201, ['staff08', 'staff25', 'staff15', 'chairTDMNPB']), (who) => ({
      provinceCode: codes[who] ?? '08',
      choices: ['08'],
    }));
  });

  it('POST /votes/{id}/close: the chair; members 403, outsiders 404', async () => {
    await check('post', `${API}/votes/${voteId}/close`, matrix(200, ['chairTDMNPB'], 404));
  });

  it('GET /votes/{id}/minutes.docx: the readers, 404 outside', async () => {
    await check('get', `${API}/votes/${voteId}/minutes.docx`, matrix(200, READERS, 404));
  });

  it('POST /votes/{id}/nominations: the chair; members 403, outsiders 404', async () => {
    const created = (await check('post', `${API}/votes/${voteId}/nominations`, matrix(201, ['chairTDMNPB'], 404))) as Array<{
      provinceCode: string;
    }>;
    expect(created.map((c) => c.provinceCode)).toEqual(['08']);
  });

  it('POST …/score-sheet/close: the chair only', async () => {
    await check('post', `${base}/score-sheet/close`, matrix(200, ['chairTDMNPB']), () => ({ version: 3 }));
  });
});
