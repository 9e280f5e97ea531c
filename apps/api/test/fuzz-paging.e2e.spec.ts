import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, TestUser, createTestApp, tableCounts } from './test-app';

/** Every paginated list, with a user allowed to read it. */
const LISTS: Array<[string, TestUser]> = [
  ['/api/v1/commendations', 'staff08'],
  ['/api/v1/movements', 'staff08'],
  ['/api/v1/typical-examples', 'staff08'],
  ['/api/v1/findings', 'reviewer'],
  ['/api/v1/audit', 'admin'],
];

/** Absurd paging values: each must get a 400 naming the field, never a 500. */
const ABSURD: Array<Record<string, string>> = [
  { page: '1e309' },
  { page: '99999999999' },
  { page: '1000001' },
  { page: '9007199254740993' },
  { page: '1.5' },
  { page: '0' },
  { page: '-1' },
  { page: 'abc' },
  { page: 'NaN' },
  { page: 'Infinity' },
  { pageSize: '-1' },
  { pageSize: '0' },
  { pageSize: '1e309' },
  { pageSize: '201' },
  { pageSize: '2.5' },
  { pageSize: '' },
];

describe.each(testEngines())('absurd paging values on every list, %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine)));
  afterAll(() => t?.close());

  it.each(LISTS)('GET %s → 400 (never 500) for each absurd page or pageSize, naming the field; nothing changes', async (url, user) => {
    const before = await tableCounts(t.dataSource);
    for (const query of ABSURD) {
      const res = await t.as(user).get(url).query(query);
      const field = Object.keys(query)[0];
      if (res.status !== 400) throw new Error(`${url}?${field}=${query[field]} answered ${res.status}: ${JSON.stringify(res.body)}`);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it.each(LISTS)('GET %s → 200 for the largest page allowed (an empty page, with the total)', async (url, user) => {
    const res = await t.as(user).get(url).query({ page: 1_000_000, pageSize: 200 }).expect(200);
    expect(res.body).toMatchObject({ items: [], page: 1_000_000, pageSize: 200 });
  });
});
