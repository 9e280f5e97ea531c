import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, TestUser, createTestApp, tableCounts } from './test-app';

interface RuleRow {
  ruleId: string;
  title: string;
  severity: string;
  open: number;
  confirmed: number;
  cleared: number;
}

const STATUSES = ['OPEN', 'CONFIRMED', 'CLEARED'] as const;
const column = { OPEN: 'open', CONFIRMED: 'confirmed', CLEARED: 'cleared' } as const;

/** The read-only aggregates on the demo data: a cluster period's report figures, and the findings summary per rule. */
describe.each(testEngines())('cluster figures and findings by rule on the demo data, %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine, { demoData: true })));
  afterAll(() => t?.close());

  const figures = (who: TestUser, url: string) => t.as(who).get(`/api/v1/clusters/${url}`);

  it.each(['H1', 'FY'])(
    'GET /api/v1/clusters/TDMNPB/years/2024/figures?period=%s → 200 with the statistics of a report created for the same period',
    async (period) => {
      const before = await tableCounts(t.dataSource);
      const chair = (await figures('chairTDMNPB', `TDMNPB/years/2024/figures?period=${period}`).expect(200)).body;
      // Reading the figures writes nothing: no report, no audit entry.
      expect(await tableCounts(t.dataSource)).toEqual(before);
      expect(chair).toMatchObject({
        clusterCode: 'TDMNPB',
        clusterName: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc',
        year: 2024,
        period,
        from: '2024-01-01',
        to: period === 'H1' ? '2024-06-30' : '2024-12-31',
      });
      expect(chair.statistics.provinces).toHaveLength(14);
      expect(chair.statistics.cluster.commendations.total).toBeGreaterThan(0);

      const report = (await t.as('chairTDMNPB').post('/api/v1/reports').send({ clusterCode: 'TDMNPB', year: 2024, period }).expect(201))
        .body;
      expect(chair.statistics).toEqual(report.statistics);
      expect(chair.statistics.previousRange).toEqual({ from: '2023-01-01', to: period === 'H1' ? '2023-06-30' : '2023-12-31' });
      for (const who of ['reviewer', 'admin'] as const) {
        expect((await figures(who, `TDMNPB/years/2024/figures?period=${period}`).expect(200)).body.statistics).toEqual(report.statistics);
      }
    },
  );

  it('GET /api/v1/clusters/{code}/years/{year}/figures → 200 with zeros for a year without members', async () => {
    const body = (await figures('reviewer', 'DBSH/years/2019/figures?period=H1').expect(200)).body;
    expect(body.statistics.provinces).toEqual([]);
    expect(body.statistics.cluster.commendations.total).toBe(0);
  });

  it.each([
    ['staff08', 'staff of a member province'],
    ['staff01', 'staff of a province outside the cluster'],
    ['chairDBSH', 'the chair of another cluster'],
    ['noScope', 'an account without province or cluster'],
  ] as Array<[TestUser, string]>)('GET /api/v1/clusters/TDMNPB/years/2024/figures → 403 for %s (%s), like reports', async (who) => {
    const res = await figures(who, 'TDMNPB/years/2024/figures?period=H1').expect(403);
    expect(res.body.statistics).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toContain('Hòa Bình');
  });

  it('GET /api/v1/clusters/TDMNPB/years/2024/figures → 401 without a token; 403 for the DBSH chair on TDMNPB, 200 on DBSH', async () => {
    await t.http().get('/api/v1/clusters/TDMNPB/years/2024/figures?period=H1').expect(401);
    await figures('chairDBSH', 'DBSH/years/2024/figures?period=H1').expect(200);
    await figures('chairTDMNPB', 'DBSH/years/2024/figures?period=H1').expect(403);
  });

  it('GET /api/v1/clusters/KHONGCO/years/2024/figures → 404 CLUSTER_NOT_FOUND for a reviewer', async () => {
    const res = await figures('reviewer', 'KHONGCO/years/2024/figures?period=H1').expect(404);
    expect(res.body.message).toBe('Không có cụm thi đua mã KHONGCO');
  });

  it.each([
    ['TDMNPB/years/abcd/figures?period=H1', 'year'],
    ['TDMNPB/years/1800/figures?period=H1', 'year'],
    ['TDMNPB/years/2024.5/figures?period=H1', 'year'],
    ['TDMNPB/years/2024/figures', 'period'],
    ['TDMNPB/years/2024/figures?period=Q3', 'period'],
    ['TDMNPB/years/2024/figures?period=h1', 'period'],
    ['tdmnpb/years/2024/figures?period=H1', 'code'],
    ['TDMNPB/years/2024/figures?period=H1&cutoffDate=2024-06-15', 'cutoffDate'],
  ])('GET /api/v1/clusters/%s → 400 naming %s', async (url, field) => {
    const res = await figures('chairTDMNPB', url).expect(400);
    expect((res.body.errors as Array<{ field: string }>).map((e) => e.field)).toContain(field);
  });

  /** Every finding the caller can list under the query, counted by the list endpoint itself. */
  const listTotal = async (who: TestUser, query: Record<string, string | number>) =>
    (
      await t
        .as(who)
        .get('/api/v1/findings')
        .query({ ...query, pageSize: 1 })
        .expect(200)
    ).body.total as number;

  it.each([
    ['reviewer', { year: 2024 }],
    ['reviewer', {}],
    ['reviewer', { clusterCode: 'TDMNPB', year: 2024 }],
    ['reviewer', { provinceCode: '08', year: 2024 }],
    ['chairTDMNPB', { year: 2024 }],
    ['staff08', {}],
  ] as Array<[TestUser, Record<string, string | number>]>)(
    'GET /api/v1/findings/summary as %s with %j → 200, byRule counts equal the list filtered by rule and status',
    async (who, query) => {
      const summary = (await t.as(who).get('/api/v1/findings/summary').query(query).expect(200)).body;
      const byRule = summary.byRule as RuleRow[];
      expect(byRule.length).toBeGreaterThan(0);
      for (const row of byRule) {
        expect(row.title).not.toBe(row.ruleId);
        for (const status of STATUSES) {
          expect([row.ruleId, status, await listTotal(who, { ...query, ruleId: row.ruleId, severity: row.severity, status })]).toEqual([
            row.ruleId,
            status,
            row[column[status]],
          ]);
        }
      }
      // Every finding belongs to one rule and one province: both groupings add up to the same totals.
      const sum = (rows: Array<Record<string, number>>, key: string) => rows.reduce((s, r) => s + r[key], 0);
      for (const key of ['open', 'confirmed', 'cleared']) expect(sum(byRule as never, key)).toBe(sum(summary.byProvince, key));
      expect(sum(byRule as never, 'open') + sum(byRule as never, 'confirmed') + sum(byRule as never, 'cleared')).toBe(
        await listTotal(who, query),
      );
    },
  );

  it('GET /api/v1/findings/summary → byRule empty outside the scope, 400 on a bad province code', async () => {
    const outsider = (await t.as('staff01').get('/api/v1/findings/summary').query({ year: 2024 }).expect(200)).body;
    expect(outsider.byRule).toEqual([]);
    const res = await t.as('reviewer').get('/api/v1/findings/summary').query({ provinceCode: 'xx' }).expect(400);
    expect((res.body.errors as Array<{ field: string }>).map((e) => e.field)).toEqual(['provinceCode']);
  });
});
