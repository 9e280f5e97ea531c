import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, TestUser, createTestApp, tableCounts } from './test-app';

const movement = {
  name: 'Chung tay xóa nhà tạm, nhà dột nát trên phạm vi cả nước',
  launchedBy: 'PRIME_MINISTER',
  launchedOn: '2024-04-13',
  startsOn: '2024-04-13',
  endsOn: '2025-12-31',
  scope: 'NATIONAL',
};
const pledge = {
  clusterCode: 'TDMNPB',
  year: 2024,
  signedOn: '2024-03-08',
  place: 'Tuyên Quang',
  criteria: [
    { code: 'TC1', name: 'Tỷ lệ hồ sơ khen thưởng giải quyết đúng hạn', unit: '%', targetKind: 'PERCENTAGE', maxScore: 60 },
    { code: 'TC2', name: 'Ban hành kế hoạch triển khai các phong trào thi đua', targetKind: 'YES_NO', maxScore: 40 },
  ],
};
const meeting = {
  clusterCode: 'TDMNPB',
  year: 2024,
  period: 'H1',
  date: '2024-07-29',
  hostProvinceCode: '17',
  place: 'Trung tâm hội nghị APPlaza, tỉnh Hòa Bình',
  chairName: 'Nguyễn Mạnh Tuấn',
  chairTitle: 'Phó Chủ tịch UBND tỉnh Tuyên Quang',
};

/** Who may write each kind of record, so that bad input is refused for being bad, not for being out of scope. */
const WRITER: Record<string, TestUser> = {
  clusters: 'admin',
  movements: 'admin',
  pledges: 'chairTDMNPB',
  meetings: 'chairTDMNPB',
  commendations: 'staff08',
  'typical-examples': 'staff08',
};

describe.each(testEngines())('movements, pledges, typical examples and meetings on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine)));
  afterAll(() => t?.close());

  it('movements: POST → 201, GET → 200, PATCH with version → 200 then stale → 409, list by year', async () => {
    const created = (await t.as('admin').post('/api/v1/movements').send(movement).expect(201)).body;
    expect(created).toMatchObject({ scope: 'NATIONAL', clusterCode: null, version: 1 });
    await t.as('admin').get(`/api/v1/movements/${created.id}`).expect(200);
    await t
      .as('admin')
      .patch(`/api/v1/movements/${created.id}`)
      .send({ version: 1, description: 'Phát động tại Đà Bắc, Hòa Bình' })
      .expect(200);
    await t.as('admin').patch(`/api/v1/movements/${created.id}`).send({ version: 1, description: 'Bản khác' }).expect(409);
    const list = await t.as('admin').get('/api/v1/movements?year=2024').expect(200);
    expect(list.body.items.map((m: { id: string }) => m.id)).toContain(created.id);
    expect((await t.as('admin').get('/api/v1/movements?year=2023').expect(200)).body.items.map((m: { id: string }) => m.id)).not.toContain(
      created.id,
    );
  });

  it('movements: a cluster movement needs its cluster, and ends after it starts → 400 naming each field', async () => {
    const res = await t
      .as('chairTDMNPB')
      .post('/api/v1/movements')
      .send({ ...movement, scope: 'CLUSTER', endsOn: '2024-01-01' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['clusterCode', 'endsOn']);
  });

  it('movements: PUT results → 200 for member provinces; DELETE of a movement with results → 409, of an unused one → 204', async () => {
    const m = (
      await t
        .as('admin')
        .post('/api/v1/movements')
        .send({ ...movement, name: 'Phong trào thử' })
        .expect(201)
    ).body;
    const res = await t
      .as('staff08')
      .put(`/api/v1/movements/${m.id}/results`)
      .send([
        {
          provinceCode: '08',
          year: 2024,
          period: 'H1',
          summary: 'Hỗ trợ xóa 1.200 nhà tạm',
          subMovementsLaunched: 3,
          modelsBuilt: 12,
          participants: 15000,
        },
      ])
      .expect(200);
    expect(res.body[0]).toMatchObject({ provinceName: 'Tuyên Quang', modelsBuilt: 12 });
    await t
      .as('staff08')
      .put(`/api/v1/movements/${m.id}/results`)
      .send([{ provinceCode: '08', year: 2024, period: 'H1', modelsBuilt: 14 }])
      .expect(200);
    expect((await t.as('admin').get(`/api/v1/movements/${m.id}/results`).expect(200)).body).toHaveLength(1);
    await t.as('admin').delete(`/api/v1/movements/${m.id}`).expect(409);
    const unused = (
      await t
        .as('admin')
        .post('/api/v1/movements')
        .send({ ...movement, name: 'Không dùng' })
        .expect(201)
    ).body;
    await t.as('admin').delete(`/api/v1/movements/${unused.id}`).expect(204);
  });

  it('pledges: POST → 201 with criteria, the same cluster-year → 409, results for members → 200, non-members → 400', async () => {
    const p = (await t.as('chairTDMNPB').post('/api/v1/pledges').send(pledge).expect(201)).body;
    expect(p.criteria.map((c: { code: string }) => c.code)).toEqual(['TC1', 'TC2']);
    await t.as('chairTDMNPB').post('/api/v1/pledges').send(pledge).expect(409);
    const own = await t
      .as('staff08')
      .put(`/api/v1/pledges/${p.id}/results`)
      .send([{ provinceCode: '08', criterionCode: 'TC1', period: 'H1', targetValue: 100, actualValue: 98.5, note: 'Đúng hạn' }])
      .expect(200);
    // Staff see their own province's results only.
    expect(own.body).toEqual([expect.objectContaining({ provinceCode: '08', criterionCode: 'TC1', actualValue: 98.5 })]);
    await t
      .as('staff25')
      .put(`/api/v1/pledges/${p.id}/results`)
      .send([{ provinceCode: '17', criterionCode: 'TC2', period: 'H1', targetValue: 1, actualValue: 1 }])
      .expect(200);
    const all = await t.as('chairTDMNPB').get(`/api/v1/pledges/${p.id}/results`).expect(200);
    expect(all.body.map((r: { provinceCode: string }) => r.provinceCode)).toEqual(['08', '17']);
    const bad = await t
      .as('staff08')
      .put(`/api/v1/pledges/${p.id}/results`)
      .send([{ provinceCode: '01', criterionCode: 'TC9', period: 'H1' }])
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['0.criterionCode', '0.provinceCode']);
    expect((await t.as('staff08').get('/api/v1/pledges?clusterCode=TDMNPB&year=2024').expect(200)).body).toHaveLength(1);
  });

  it('meetings and typical examples: POST → 201 and listed', async () => {
    const m = (await t.as('chairTDMNPB').post('/api/v1/meetings').send(meeting).expect(201)).body;
    expect(m).toMatchObject({ hostProvinceName: 'Hòa Bình', clusterCode: 'TDMNPB' });
    const ex = await t
      .as('staff08')
      .post('/api/v1/typical-examples')
      .send({
        recipientKind: 'INDIVIDUAL',
        name: 'Ma Thị Hoa',
        provinceCode: '08',
        story: 'Vận động 40 hộ hiến đất làm đường.',
        honouredAtMeetingId: m.id,
        honouredOn: '2024-07-29',
      })
      .expect(201);
    expect(ex.body.provinceName).toBe('Tuyên Quang');
    expect((await t.as('chairTDMNPB').get('/api/v1/typical-examples?clusterCode=TDMNPB&year=2024').expect(200)).body.total).toBe(1);
    expect((await t.as('staff08').get('/api/v1/meetings?clusterCode=TDMNPB').expect(200)).body).toHaveLength(1);
  });

  // Every write endpoint: bad input answers 4xx with each field named, and changes nothing.
  it.each([
    ['POST', '/api/v1/clusters', { code: 'x', name: '' }, ['code', 'name']],
    ['PUT', '/api/v1/clusters/TDMNPB/members/2024', [{ provinceCode: 'A', role: 'BOSS' }], ['0.provinceCode', '0.role']],
    ['PUT', '/api/v1/clusters/TDMNPB/members/2024', { provinceCode: '08' }, ['']],
    [
      'POST',
      '/api/v1/movements',
      { name: '', launchedBy: 'KING', launchedOn: '2024-13-01', scope: 'NATIONAL' },
      ['launchedBy', 'launchedOn', 'name', 'startsOn'],
    ],
    [
      'POST',
      '/api/v1/pledges',
      { clusterCode: 'TDMNPB', year: 1800, signedOn: 'hôm qua', criteria: [{ code: '', targetKind: 'X', maxScore: -1 }] },
      ['criteria.0.code', 'criteria.0.maxScore', 'criteria.0.name', 'criteria.0.targetKind', 'signedOn', 'year'],
    ],
    [
      'POST',
      '/api/v1/pledges',
      { ...pledge, year: 2023, criteria: [pledge.criteria[0], pledge.criteria[0]] },
      ['criteria.1.code', 'signedOn'],
    ],
    [
      'POST',
      '/api/v1/commendations',
      { recipientKind: 'ROBOT', ethnicMinority: 'có' },
      ['awardTypeCode', 'ethnicMinority', 'kind', 'provinceCode', 'recipientKind', 'recipientName'],
    ],
    [
      'POST',
      '/api/v1/typical-examples',
      { recipientKind: 'HOUSEHOLD', name: 'A', provinceCode: '08', honouredOn: '2999-01-01' },
      ['recipientKind'],
    ],
    [
      'POST',
      '/api/v1/typical-examples',
      { recipientKind: 'INDIVIDUAL', name: 'A', provinceCode: '08', honouredOn: '2999-01-01' },
      ['honouredOn'],
    ],
    ['POST', '/api/v1/meetings', { ...meeting, period: 'Q3', chairName: '', date: '2024-07-32' }, ['chairName', 'date', 'period']],
    ['POST', '/api/v1/meetings', { ...meeting, date: '2026-07-29' }, ['date']],
    ['POST', '/api/v1/commendations', [1, 2, 3], ['']],
  ])('%s %s with bad input → 400 naming each field, nothing written', async (method, url, body, fields) => {
    const before = await tableCounts(t.dataSource);
    const http = t.as(WRITER[url.split('/')[3]]);
    const req = method === 'POST' ? http.post(url) : http.put(url);
    const res = await req.send(body as object).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(expect.arrayContaining(fields));
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });
});
