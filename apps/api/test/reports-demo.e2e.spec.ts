import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, createTestApp } from './test-app';

/** The TDMNPB 6-month review of 2024 on the demo dataset built from the source article. */
describe.each(testEngines())('TDMNPB H1 2024 report on the demo data, %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine, { demoData: true })));
  afterAll(() => t?.close());

  it('POST /api/v1/reports → 201 with figures that match a direct count; bulletin names Hòa Bình and the chair', async () => {
    const report = (await t.as('chairTDMNPB').post('/api/v1/reports').send({ clusterCode: 'TDMNPB', year: 2024, period: 'H1' }).expect(201))
      .body;
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM commendations c
         JOIN cluster_memberships cm ON cm.province_id = c.province_id AND cm.year = 2024
         JOIN clusters k ON k.id = cm.cluster_id AND k.code = 'TDMNPB'
        WHERE c.status = 'APPROVED' AND c.decision_date BETWEEN '2024-01-01' AND '2024-06-30'`,
    );
    const [{ p }] = await t.dataSource.query(
      `SELECT count(*)::int AS p FROM commendations c
         JOIN cluster_memberships cm ON cm.province_id = c.province_id AND cm.year = 2024
         JOIN clusters k ON k.id = cm.cluster_id AND k.code = 'TDMNPB'
        WHERE c.status = 'APPROVED' AND c.decision_date BETWEEN '2023-01-01' AND '2023-06-30'`,
    );
    expect(n).toBeGreaterThan(0);
    expect(report.statistics.cluster.commendations.total).toBe(n);
    expect(report.statistics.cluster.previous.commendations.total).toBe(p);
    expect(report.statistics.provinces).toHaveLength(14);
    expect(report.meetingId).toEqual(expect.any(String));
    expect(report.statistics.cluster.pledge.criteria.length).toBeGreaterThan(0);
    expect(report.sections.find((s: { key: string }) => s.key === 'results.commendations').text).toContain('6 tháng đầu năm 2024');

    const b = (await t.as('reviewer').get(`/api/v1/reports/${report.id}/bulletin`).expect(200)).body;
    expect(b.title).toBe('Cụm thi đua các tỉnh Trung du và miền núi phía Bắc sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024');
    expect(b.body.split('\n\n')[0]).toBe('29/07/2024');
    expect(b.body).toContain('Ngày 29/7/2024, tại ');
    expect(b.body).toContain('Hòa Bình');
    expect(b.body).toContain('Đồng chí Nguyễn Mạnh Tuấn');
    expect(b.body).toContain(`có ${report.statistics.cluster.commendations.total.toLocaleString('de-DE')} lượt tập thể, cá nhân`);
    expect(b.body.endsWith('./.')).toBe(true);

    expect(b.body).not.toMatch(/Dự hội nghị có Đồng chí/);

    // Downloads are named for what they hold, so a chair's folder tells them apart.
    const docx = await t.as('chairTDMNPB').get(`/api/v1/reports/${report.id}/export.docx`).expect(200);
    expect(docx.headers['content-disposition']).toBe('attachment; filename="bao-cao-so-ket-6-thang-2024-tdmnpb-du-thao.docx"');
    const xlsx = await t.as('chairTDMNPB').get(`/api/v1/reports/${report.id}/export.xlsx`).expect(200);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="bao-cao-so-ket-6-thang-2024-tdmnpb-du-thao.xlsx"');
  });
});
