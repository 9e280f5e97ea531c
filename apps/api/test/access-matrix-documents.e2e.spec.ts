import { testEngines } from '@tdkt/api/database/testing';
import { minimalPdf } from '@tdkt/api/documents';
import { TEST_USERS, TestApp, TestUser, createTestApp, tableCounts } from './test-app';

/**
 * The dossier endpoints (§6, §10) × every role in and out of scope, with the commendation's own read scope. A Tuyên
 * Quang (08) proposal is read by its staff, the council's reviewer and the administrator; only its staff add and
 * remove documents (the others who can read it: 403); everyone else learns nothing of it (404), including the chairs:
 * an undecided proposal belongs to today's (post-2025) Tuyên Quang, and the test data seeds cluster memberships for
 * 2024 only, for the provinces of that year. A staff account without a province is refused everywhere (403), and no
 * token is 401. Writes run on fresh records, and a refused request changes no table.
 */
const API = '/api/v1';
type Who = TestUser | 'anon';
const EVERYONE: Who[] = [...(Object.keys(TEST_USERS) as TestUser[]), 'anon'];
const READERS: Who[] = ['staff08', 'reviewer', 'admin'];
const PROPOSAL = {
  recipientKind: 'INDIVIDUAL',
  recipientName: 'Ma Thị Thu',
  gender: 'FEMALE',
  provinceCode: '08',
  awardTypeCode: 'BANG_KHEN_THU_TUONG',
  kind: 'REGULAR',
  achievementYear: 2024,
};
const PDF = minimalPdf('Tờ trình thử quyền', ['Ma Thị Thu']);

/** 200/201/204 for `allowed`, 403 for the other readers, 404 for everyone else; noScope 403, anon 401. */
function expected(who: Who, ok: number, allowed: Who[]): number {
  if (who === 'anon') return 401;
  if (who === 'noScope') return 403;
  if (allowed.includes(who)) return ok;
  return READERS.includes(who) ? 403 : 404;
}

describe.each(testEngines())('access matrix of the dossier endpoints on %s', (engine) => {
  let t: TestApp;
  let record: { id: string };
  let document: { id: string };
  beforeAll(async () => {
    t = await createTestApp(engine);
    record = await fresh();
    document = await attach(record.id);
  });
  afterAll(() => t?.close());

  async function fresh(): Promise<{ id: string; version: number }> {
    const res = await t.as('staff08').post(`${API}/commendations`).send(PROPOSAL);
    if (res.status !== 201) throw new Error(`setting up: ${res.status} ${res.text}`);
    return res.body;
  }
  async function attach(id: string): Promise<{ id: string }> {
    const res = await t.as('staff08').post(`${API}/commendations/${id}/documents`).field('kind', 'SUBMISSION').attach('file', PDF, 'to-trinh.pdf');
    if (res.status !== 201) throw new Error(`setting up: ${res.status} ${res.text}`);
    return res.body;
  }
  const request = (who: Who, method: 'get' | 'post' | 'delete', url: string) =>
    who === 'anon' ? t.http()[method](url) : t.as(who)[method](url);

  const reads: [string, () => string][] = [
    ['GET /commendations/{id}/documents', () => `${API}/commendations/${record.id}/documents`],
    ['GET /commendations/{id}/dossier', () => `${API}/commendations/${record.id}/dossier`],
    ['GET /commendations/{id}/dossier.zip', () => `${API}/commendations/${record.id}/dossier.zip`],
    ['GET /documents/{id}/content', () => `${API}/documents/${document.id}/content`],
    ['GET /documents/{id}/content?inline=1', () => `${API}/documents/${document.id}/content?inline=1`],
  ];

  it('GET /api/docs-json lists the dossier paths of §6 (no sign-in)', async () => {
    const paths = Object.keys((await t.http().get('/api/docs-json').expect(200)).body.paths);
    for (const path of [
      '/api/v1/commendations/{id}/documents',
      '/api/v1/commendations/{id}/dossier',
      '/api/v1/commendations/{id}/dossier.zip',
      '/api/v1/documents/{id}/content',
      '/api/v1/documents/{id}',
    ]) {
      expect(paths).toContain(path);
    }
  });

  it.each(reads)('%s: 200 for its readers, 404 outside the scope', async (_name, url) => {
    const got: Record<string, number> = {};
    const want: Record<string, number> = {};
    for (const who of EVERYONE) {
      got[who] = (await request(who, 'get', url())).status;
      want[who] = expected(who, 200, READERS);
    }
    expect(got).toEqual(want);
  });

  it('POST /commendations/{id}/documents (multipart): 201 for its staff only, and a refusal writes nothing', async () => {
    const got: Record<string, number> = {};
    const want: Record<string, number> = {};
    for (const who of EVERYONE) {
      const target = await fresh();
      const before = await tableCounts(t.dataSource);
      const res = await request(who, 'post', `${API}/commendations/${target.id}/documents`).field('kind', 'OTHER').attach('file', PDF, 'them.pdf');
      got[who] = res.status;
      want[who] = expected(who, 201, ['staff08']);
      if (res.status !== 201) expect(await tableCounts(t.dataSource)).toEqual(before);
    }
    expect(got).toEqual(want);
  });

  it('DELETE /documents/{id}: 204 for its staff only, and a refusal removes nothing', async () => {
    const got: Record<string, number> = {};
    const want: Record<string, number> = {};
    for (const who of EVERYONE) {
      const target = await attach((await fresh()).id);
      const before = await tableCounts(t.dataSource);
      const res = await request(who, 'delete', `${API}/documents/${target.id}`);
      got[who] = res.status;
      want[who] = expected(who, 204, ['staff08']);
      if (res.status !== 204) expect(await tableCounts(t.dataSource)).toEqual(before);
    }
    expect(got).toEqual(want);
  });

  it('POST /commendations/{id}/submit is refused to its staff (409 DOSSIER_INCOMPLETE) until the dossier is complete, as before for everyone else', async () => {
    const got: Record<string, number> = {};
    for (const who of EVERYONE) {
      const target = await fresh();
      got[who] = (await request(who, 'post', `${API}/commendations/${target.id}/submit`).send({ version: target.version })).status;
    }
    expect(got).toEqual(Object.fromEntries(EVERYONE.map((who) => [who, who === 'staff08' ? 409 : expected(who, 0, [])])));
  });
});
