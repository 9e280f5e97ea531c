import { testEngines } from '@tdkt/api/database/testing';
import { commendationTableRows } from '@tdkt/api/reports';
import { TestApp, createTestApp, tableCounts } from './test-app';

interface Member {
  provinceCode: string;
  provinceName: string;
  role: string;
  derived: boolean;
}

/** Issue 13 item 6: memberships of the years after 2024, the carry-forward, and reports of those years. */
describe.each(testEngines())('the years after 2024 on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine)));
  afterAll(() => t?.close());

  const members = async (code: string, year: number): Promise<Member[]> =>
    (await t.as('admin').get(`/api/v1/clusters/${code}/members?year=${year}`).expect(200)).body;

  it('The 2026 annual report of the TDMNPB cluster can be made on a fresh install', async () => {
    const res = await t.as('chairTDMNPB').post('/api/v1/reports').send({ clusterCode: 'TDMNPB', year: 2026, period: 'FY' }).expect(201);
    expect(res.body).toMatchObject({ clusterCode: 'TDMNPB', year: 2026, period: 'FY', status: 'DRAFT' });
    expect(res.body.statistics.provinces.map((p: { provinceCode: string }) => p.provinceCode)).toEqual([
      '04',
      '08',
      '11',
      '12',
      '14',
      '15',
      '19',
      '20',
      '24',
      '25',
    ]);
    // Nothing recorded for 2025 and its members derived: the comparison is known (membership exists) and zero.
    expect(res.body.statistics.cluster.previous).toEqual({ commendations: { total: 0 }, known: true });
  });

  it('GET /api/v1/clusters/latest-year → 200 with 2026 and the years that have members', async () => {
    for (const who of ['staff08', 'chairTDMNPB', 'reviewer', 'admin'] as const) {
      const res = await t.as(who).get('/api/v1/clusters/latest-year').expect(200);
      expect(res.body).toEqual({ latest: 2026, years: [2026, 2025, 2024] });
    }
    await t.http().get('/api/v1/clusters/latest-year').expect(401);
  });

  it('GET /api/v1/clusters/TDMNPB/members?year=2026 → the derived members, Thái Nguyên chairs (rotation)', async () => {
    const list = await members('TDMNPB', 2026);
    expect(list).toHaveLength(10);
    expect(list.every((m) => m.derived)).toBe(true);
    expect(list[0]).toMatchObject({ provinceName: 'Thái Nguyên', role: 'CHAIR' });
    expect(list[1]).toMatchObject({ provinceName: 'Lạng Sơn', role: 'VICE_CHAIR' });
    expect((await members('TDMNPB', 2024)).some((m) => m.derived)).toBe(false);
  });

  it('PUT /api/v1/clusters/{code}/members/{year} → 400 in Vietnamese for a province not in force on 1 January, nothing changed', async () => {
    const before = await tableCounts(t.dataSource);
    // Bắc Giang (24) is the code of the new Bắc Ninh in 2026; Hà Giang (02) no longer exists on 1 January 2026.
    const res = await t
      .as('admin')
      .put('/api/v1/clusters/TDMNPB/members/2026')
      .send([
        { provinceCode: '08', role: 'CHAIR' },
        { provinceCode: '02', role: 'MEMBER' },
      ])
      .expect(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        field: '1.provinceCode',
        code: 'notInForce',
        message: expect.stringContaining('không có hiệu lực ngày 01/01/2026'),
      }),
    ]);
    const unknown = await t
      .as('admin')
      .put('/api/v1/clusters/TDMNPB/members/2025')
      .send([{ provinceCode: '99', role: 'MEMBER' }])
      .expect(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: '0.provinceCode', code: 'referenceNotFound' });
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('PUT /api/v1/clusters/{code}/members/{year} → 409 when a province already sits in another cluster that year', async () => {
    const before = await tableCounts(t.dataSource);
    const res = await t
      .as('admin')
      .put('/api/v1/clusters/DBSH/members/2026')
      .send([{ provinceCode: '25', role: 'MEMBER' }])
      .expect(409);
    expect(res.body).toMatchObject({ code: 'PROVINCE_IN_OTHER_CLUSTER', message: expect.stringContaining('Phú Thọ (cụm TDMNPB)') });
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('GET …/members/2027/carry-forward → 200 the dry run: ten members, merged provinces collapsed, the next in rotation suggested', async () => {
    const before = await tableCounts(t.dataSource);
    const res = await t.as('admin').get('/api/v1/clusters/TDMNPB/members/2027/carry-forward').expect(200);
    expect(await tableCounts(t.dataSource)).toEqual(before);
    expect(res.body).toMatchObject({
      clusterCode: 'TDMNPB',
      fromYear: 2026,
      year: 2027,
      departing: [],
      unresolved: [],
      existingMembers: 0,
      suggestedChairCode: '20',
      suggestedViceChairCode: '24',
    });
    expect(res.body.members).toHaveLength(10);
    // From 2025 to 2026 the merged provinces collapse: Phú Thọ holds Hòa Bình and itself from this cluster.
    const to2026 = (await t.as('admin').get('/api/v1/clusters/TDMNPB/members/2026/carry-forward').expect(200)).body;
    expect(to2026.existingMembers).toBe(10);
    expect(to2026.members.find((m: { provinceCode: string }) => m.provinceCode === '25')).toMatchObject({
      provinceName: 'Phú Thọ',
      predecessors: [
        { provinceCode: '17', provinceName: 'Hòa Bình' },
        { provinceCode: '25', provinceName: 'Phú Thọ' },
      ],
      inOtherCluster: null,
    });
    const dbsh = (await t.as('admin').get('/api/v1/clusters/DBSH/members/2026/carry-forward').expect(200)).body;
    expect(dbsh.departing).toEqual(
      expect.arrayContaining([{ provinceCode: '26', provinceName: 'Vĩnh Phúc', successorName: 'Phú Thọ', clusterCode: 'TDMNPB' }]),
    );
  });

  it('POST …/members/2027/carry-forward → 201 audited; again → 409 MEMBERSHIP_EXISTS unless replace', async () => {
    const created = await t.as('admin').post('/api/v1/clusters/TDMNPB/members/2027/carry-forward').send({}).expect(201);
    expect(created.body).toHaveLength(10);
    expect(created.body[0]).toMatchObject({ provinceCode: '20', role: 'CHAIR', derived: false, year: 2027 });
    expect(created.body[1]).toMatchObject({ provinceCode: '24', role: 'VICE_CHAIR' });
    const [audit] = await t.dataSource.query(
      `SELECT action, after FROM audit_entries WHERE entity = 'cluster_membership' ORDER BY seq DESC LIMIT 1`,
    );
    expect(audit.action).toBe('CARRY_FORWARD');
    expect(audit.after).toHaveLength(10);

    const before = await tableCounts(t.dataSource);
    const again = await t.as('admin').post('/api/v1/clusters/TDMNPB/members/2027/carry-forward').send({}).expect(409);
    expect(again.body).toMatchObject({ code: 'MEMBERSHIP_EXISTS', message: expect.stringContaining('đã có 10 thành viên năm 2027') });
    expect(await tableCounts(t.dataSource)).toEqual(before);

    const replaced = await t
      .as('admin')
      .post('/api/v1/clusters/TDMNPB/members/2027/carry-forward')
      .send({ replace: true, chairProvinceCode: '04', viceChairProvinceCode: null })
      .expect(201);
    expect(replaced.body[0]).toMatchObject({ provinceCode: '04', role: 'CHAIR' });
    expect(replaced.body.filter((m: Member) => m.role !== 'MEMBER')).toHaveLength(1);
  });

  it('POST …/carry-forward → 400 for a chair who is not a member or the same province twice; 409 without a previous year', async () => {
    const before = await tableCounts(t.dataSource);
    const notMember = await t
      .as('admin')
      .post('/api/v1/clusters/TDMNPB/members/2028/carry-forward')
      .send({ chairProvinceCode: '01' })
      .expect(400);
    expect(notMember.body.errors[0]).toMatchObject({ field: 'chairProvinceCode', code: 'notMember' });
    const same = await t
      .as('admin')
      .post('/api/v1/clusters/TDMNPB/members/2028/carry-forward')
      .send({ chairProvinceCode: '08', viceChairProvinceCode: '08' })
      .expect(400);
    expect(same.body.errors[0]).toMatchObject({ field: 'viceChairProvinceCode', code: 'sameAsChair' });
    const none = await t.as('admin').post('/api/v1/clusters/TDMNPB/members/2031/carry-forward').send({}).expect(409);
    expect(none.body).toMatchObject({ code: 'NO_MEMBERSHIP', message: expect.stringContaining('chưa có thành viên năm 2030') });
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('PUT /api/v1/clusters/BTB/members/2026 → 200 confirms a derived year: the mark is cleared', async () => {
    await t
      .as('admin')
      .put('/api/v1/clusters/BTB/members/2026')
      .send([
        { provinceCode: '38', role: 'CHAIR' },
        { provinceCode: '40', role: 'VICE_CHAIR' },
        { provinceCode: '42', role: 'MEMBER' },
        { provinceCode: '44', role: 'MEMBER' },
        { provinceCode: '46', role: 'MEMBER' },
      ])
      .expect(200);
    const list = await members('BTB', 2026);
    expect(list.map((m) => [m.provinceName, m.derived])).toEqual([
      ['Thanh Hóa', false],
      ['Nghệ An', false],
      ['Hà Tĩnh', false],
      ['Quảng Trị', false],
      ['Huế', false],
    ]);
  });

  it('POST /api/v1/reports → 409 NO_MEMBERSHIP in Vietnamese for a cluster-year without members, nothing written', async () => {
    const before = await tableCounts(t.dataSource);
    const res = await t.as('chairTDMNPB').post('/api/v1/reports').send({ clusterCode: 'TDMNPB', year: 2029, period: 'H1' }).expect(409);
    expect(res.body).toMatchObject({ code: 'NO_MEMBERSHIP', message: expect.stringContaining('chưa có danh sách thành viên năm 2029') });
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('a 2026 province is compared with the sum of its predecessors’ records of 2025 (figures and report text)', async () => {
    const award = (provinceCode: string, decisionDate: string, name: string) => ({
      recipientKind: 'INDIVIDUAL',
      recipientName: name,
      provinceCode,
      awardTypeCode: 'GIAY_KHEN',
      kind: 'REGULAR',
      achievementYear: 2024,
      decisionNumber: `${decisionDate.slice(5, 7)}/QĐ-UBND`,
      decisionDate,
      decidingAuthority: 'Chủ tịch UBND huyện',
      status: 'APPROVED',
    });
    // Before 1 July 2025: old Tuyên Quang (08) and Hà Giang (02), both now the new Tuyên Quang.
    await t
      .as('staff08')
      .post('/api/v1/commendations')
      .send(award('08', '2025-03-10', 'Ma Văn Một'))
      .expect(201);
    await t
      .as('staff08')
      .post('/api/v1/commendations')
      .send(award('02', '2025-04-10', 'Vàng Thị Hai'))
      .expect(201);
    await t
      .as('staff08')
      .post('/api/v1/commendations')
      .send(award('02', '2025-05-10', 'Lù Văn Ba'))
      .expect(201);
    await t
      .as('staff08')
      .post('/api/v1/commendations')
      .send(award('08', '2026-03-10', 'Hoàng Thị Bốn'))
      .expect(201);
    const figures = (await t.as('chairTDMNPB').get('/api/v1/clusters/TDMNPB/years/2026/figures?period=H1').expect(200)).body;
    const tuyenQuang = figures.statistics.provinces.find((p: { provinceCode: string }) => p.provinceCode === '08');
    expect(tuyenQuang).toMatchObject({ commendations: { total: 1 }, previous: { commendations: { total: 3 } } });
    expect(figures.statistics.cluster.previous).toEqual({ commendations: { total: 3 }, known: true });
    const report = (await t.as('chairTDMNPB').post('/api/v1/reports').send({ clusterCode: 'TDMNPB', year: 2026, period: 'H1' }).expect(201))
      .body;
    const text = report.sections.find((s: { key: string }) => s.key === 'results.commendations').text;
    expect(text).toContain('giảm 2 (66,7%) so với cùng kỳ năm 2025 (3)');
    expect(text).not.toContain('cùng kỳ năm 2025 chưa có khen thưởng');
  });

  it('a year whose previous year is not on record: the text, the bulletin and the tables leave the comparison out', async () => {
    await t
      .as('admin')
      .put('/api/v1/clusters/TDMNPB/members/2030')
      .send([
        { provinceCode: '19', role: 'CHAIR' },
        { provinceCode: '04', role: 'MEMBER' },
      ])
      .expect(200);
    const report = (await t.as('chairTDMNPB').post('/api/v1/reports').send({ clusterCode: 'TDMNPB', year: 2030, period: 'H1' }).expect(201))
      .body;
    expect(report.statistics.cluster.previous).toEqual({ commendations: { total: 0 }, known: false });
    const text = report.sections.map((s: { text: string }) => s.text).join('\n');
    expect(text).not.toContain('cùng kỳ năm 2029');
    const bulletin = (await t.as('chairTDMNPB').get(`/api/v1/reports/${report.id}/bulletin`).expect(200)).body;
    expect(bulletin.body).not.toContain('cùng kỳ năm 2029');
    expect(commendationTableRows(report).map((row) => row[row.length - 1])).toEqual(['—', '—', '—']);
  });
});
