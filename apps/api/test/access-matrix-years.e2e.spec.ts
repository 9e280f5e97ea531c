import { testEngines } from '@tdkt/api/database/testing';
import { TEST_USERS, TestApp, TestUser, createTestApp, tableCounts } from './test-app';

type Who = TestUser | 'anon';
type Method = 'get' | 'post';
const USERS = Object.keys(TEST_USERS) as TestUser[];
const SCOPED = USERS.filter((u) => u !== 'noScope');
const API = '/api/v1';

/** `ok` for the given users, `denied` for the other signed-in users, 401 without a token. */
function only(ok: number, users: readonly TestUser[], denied: number): Record<Who, number> {
  const expected = { anon: 401 } as Record<Who, number>;
  for (const u of USERS) expected[u] = users.includes(u) ? ok : denied;
  if (!users.includes('noScope')) expected.noScope = 403;
  return expected;
}

interface Row {
  method: Method;
  path: string;
  body?: unknown;
  expect: Record<Who, number>;
  /** Whether the allowed call writes (then it runs last, and every refused call must leave the tables alone). */
  writes?: boolean;
}

/** The endpoints of the years after 2024, as anonymous and as every role in and out of scope. */
const ROWS: Row[] = [
  { method: 'get', path: '/clusters/latest-year', expect: only(200, SCOPED, 403) },
  { method: 'get', path: '/clusters/TDMNPB/members/2027/carry-forward', expect: only(200, ['admin'], 403) },
  { method: 'get', path: '/clusters/DBSH/members/2026/carry-forward', expect: only(200, ['admin'], 403) },
  { method: 'get', path: '/clusters/TDMNPB/members?year=2026', expect: only(200, SCOPED, 403) },
  { method: 'post', path: '/clusters/TDMNPB/members/2027/carry-forward', body: {}, expect: only(201, ['admin'], 403), writes: true },
  {
    method: 'post',
    path: '/clusters/DBSH/members/2027/carry-forward',
    body: { replace: true },
    expect: only(201, ['admin'], 403),
    writes: true,
  },
  // A year without members: the chair is told why (409), everyone else is refused before anything is read.
  {
    method: 'post',
    path: '/reports',
    body: { clusterCode: 'TDMNPB', year: 2030, period: 'H1' },
    expect: only(409, ['chairTDMNPB'], 403),
  },
  { method: 'post', path: '/reports', body: { clusterCode: 'DBSH', year: 2030, period: 'FY' }, expect: only(409, ['chairDBSH'], 403) },
  // The derived 2026 membership makes the 2026 report of each cluster creatable by its own chair only.
  {
    method: 'post',
    path: '/reports',
    body: { clusterCode: 'TDMNPB', year: 2026, period: 'H1' },
    expect: only(201, ['chairTDMNPB'], 403),
    writes: true,
  },
  { method: 'get', path: '/clusters/TDMNPB/years/2026/figures?period=H1', expect: only(200, ['admin', 'reviewer', 'chairTDMNPB'], 403) },
];

describe.each(testEngines())('access matrix of the years after 2024 on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine)));
  afterAll(() => t?.close());

  const send = (who: Who, row: Row) => {
    const http = who === 'anon' ? t.http() : t.as(who);
    const req = http[row.method](`${API}${row.path}`);
    return row.body === undefined ? req : req.send(row.body as object);
  };

  it.each(ROWS.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s', async (_, row) => {
    const everyone: Who[] = ['anon', ...USERS];
    // Refusals first: none of them may write; the allowed write (if any) goes last.
    const order = row.writes ? [...everyone.filter((w) => row.expect[w] >= 400), ...everyone.filter((w) => row.expect[w] < 400)] : everyone;
    const got: Partial<Record<Who, number>> = {};
    for (const who of order) {
      const before = row.expect[who] >= 400 ? await tableCounts(t.dataSource) : null;
      const res = await send(who, row);
      got[who] = res.status;
      if (before) expect(await tableCounts(t.dataSource)).toEqual(before);
      if (res.status >= 400 && res.status !== 404) expect(typeof res.body.message).toBe('string');
    }
    expect(got).toEqual(row.expect);
  });
});
