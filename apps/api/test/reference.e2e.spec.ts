import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, createTestApp } from './test-app';

describe.each(testEngines())('reference data API on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine)));
  afterAll(() => t?.close());

  it('GET /api/v1/health → 200 with the database up', async () => {
    const res = await t.http().get('/api/v1/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up', engine });
  });

  it('GET /api/v1/provinces?validOn=2024-06-30 → the 63 provinces before the merger', async () => {
    const res = await t.as('staff08').get('/api/v1/provinces?validOn=2024-06-30').expect(200);
    expect(res.body).toHaveLength(63);
    expect(res.body.find((p: { code: string }) => p.code === '15').name).toBe('Yên Bái');
  });

  it('GET /api/v1/provinces?validOn=2025-12-31 → the 34 provinces after the merger', async () => {
    const res = await t.as('staff08').get('/api/v1/provinces?validOn=2025-12-31').expect(200);
    expect(res.body).toHaveLength(34);
    expect(res.body.find((p: { code: string }) => p.code === '15').name).toBe('Lào Cai');
  });

  it.each([
    ['tuyen quang', ['Tuyên Quang']],
    ['TUYÊN', ['Tuyên Quang']],
    ['đắk lắk', ['Đắk Lắk']],
    ['dak lak', ['Đắk Lắk']],
    ['DAK', ['Đắk Lắk', 'Đắk Nông']],
  ])('GET /api/v1/provinces?q=%s → 200, finds %j without accents or case', async (q, names) => {
    const res = await t.as('staff08').get('/api/v1/provinces').query({ q, validOn: '2024-06-30' }).expect(200);
    expect(res.body.map((p: { name: string }) => p.name).sort()).toEqual(names);
  });

  it('GET /api/v1/provinces with LIKE wildcards in q → 200 and no match', async () => {
    const res = await t.as('staff08').get('/api/v1/provinces').query({ q: '%' }).expect(200);
    expect(res.body).toEqual([]);
  });

  it('GET /api/v1/provinces?validOn=2024-02-30 → 400', async () => {
    const res = await t.as('staff08').get('/api/v1/provinces?validOn=2024-02-30').expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'validOn', code: 'isIsoDate' });
  });

  it('GET /api/v1/provinces without a date → the whole history (both Lào Cai records and Yên Bái)', async () => {
    const res = await t.as('staff08').get('/api/v1/provinces').expect(200);
    expect(res.body.filter((p: { code: string }) => p.code === '15').map((p: { name: string }) => p.name)).toEqual(['Yên Bái', 'Lào Cai']);
    expect(res.body.find((p: { name: string }) => p.name === 'Hòa Bình').successorCode).toBe('25');
  });

  it('GET /api/v1/award-types → 200 with the whole catalogue and central levels marked', async () => {
    const res = await t.as('staff08').get('/api/v1/award-types').expect(200);
    expect(res.body).toHaveLength(59);
    const btg = res.body.find((a: { code: string }) => a.code === 'BANG_KHEN_THU_TUONG');
    expect(btg).toMatchObject({ level: 'GOVERNMENT', central: true, recipientKinds: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'] });
    expect(res.body.find((a: { code: string }) => a.code === 'GIAY_KHEN').central).toBe(false);
  });

  it('GET /api/v1/clusters/TDMNPB/members?year=2024 → 14 members, Tuyên Quang chairs', async () => {
    const res = await t.as('staff08').get('/api/v1/clusters/TDMNPB/members?year=2024').expect(200);
    expect(res.body).toHaveLength(14);
    expect(res.body[0]).toMatchObject({ provinceCode: '08', provinceName: 'Tuyên Quang', role: 'CHAIR' });
    expect(res.body[1]).toMatchObject({ provinceCode: '17', role: 'VICE_CHAIR' });
  });

  it('GET /api/v1/clusters/NOPE/members?year=2024 → 404; without a year → 400', async () => {
    await t.as('staff08').get('/api/v1/clusters/NOPE/members?year=2024').expect(404);
    await t.as('staff08').get('/api/v1/clusters/TDMNPB/members').expect(400);
  });

  it('POST /api/v1/clusters → 201, then the same code → 409', async () => {
    await t.as('admin').post('/api/v1/clusters').send({ code: 'TEST_CUM', name: 'Cụm thử nghiệm' }).expect(201);
    const res = await t.as('admin').post('/api/v1/clusters').send({ code: 'TEST_CUM', name: 'Cụm khác' }).expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
  });

  it('PUT /api/v1/clusters/{code}/members/{year} → 200 replaces the year; two chairs or an unknown province → 400', async () => {
    await t.as('admin').post('/api/v1/clusters').send({ code: 'TP5_TEST', name: 'Cụm 5 thành phố (thử)' }).expect(201);
    const ok = await t
      .as('admin')
      .put('/api/v1/clusters/TP5_TEST/members/2027')
      .send([
        { provinceCode: '01', role: 'CHAIR' },
        { provinceCode: '79', role: 'MEMBER' },
      ])
      .expect(200);
    expect(ok.body.map((m: { provinceName: string }) => m.provinceName)).toEqual(['Hà Nội', 'Hồ Chí Minh']);
    const twoChairs = await t
      .as('admin')
      .put('/api/v1/clusters/TP5_TEST/members/2027')
      .send([
        { provinceCode: '01', role: 'CHAIR' },
        { provinceCode: '79', role: 'CHAIR' },
      ])
      .expect(400);
    expect(twoChairs.body.errors[0].field).toBe('role');
    const unknown = await t
      .as('admin')
      .put('/api/v1/clusters/TP5_TEST/members/2027')
      .send([{ provinceCode: '99', role: 'MEMBER' }])
      .expect(400);
    expect(unknown.body.errors[0].field).toBe('0.provinceCode');
    const members = await t.as('admin').get('/api/v1/clusters/TP5_TEST/members?year=2027').expect(200);
    expect(members.body).toHaveLength(2);
  });

  it('GET /api/docs-json → 200 with the v1 paths', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/health', '/api/v1/provinces', '/api/v1/commendations', '/api/v1/commendations/{id}']),
    );
  });
});
