import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, createTestApp, tableCounts } from './test-app';

const decided = {
  recipientKind: 'INDIVIDUAL',
  recipientName: 'Nguyễn Thị Hằng',
  position: 'Giáo viên',
  organization: 'Trường THCS Hòa An',
  provinceCode: '08',
  gender: 'FEMALE',
  ethnicMinority: true,
  recipientClass: 'DIRECT_WORKER',
  awardTypeCode: 'BANG_KHEN_TINH',
  kind: 'REGULAR',
  achievementYear: 2023,
  decisionNumber: '312/QĐ-UBND',
  decisionDate: '2024-06-30',
  decidingAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang',
  citation: 'Đã có thành tích xuất sắc trong công tác giảng dạy năm học 2022–2023',
  status: 'APPROVED',
};

describe.each(testEngines())('commendations API on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine)));
  afterAll(() => t?.close());

  const create = (body: object) => t.as('staff08').post('/api/v1/commendations').send(body);

  it('POST /api/v1/commendations → 201 records a decided provincial award', async () => {
    const res = await create(decided).expect(201);
    expect(res.body).toMatchObject({
      status: 'APPROVED',
      provinceCode: '08',
      provinceName: 'Tuyên Quang',
      awardTypeName: expect.stringContaining('Bằng khen'),
      version: 1,
      demo: false,
    });
  });

  it('POST with a code reused after the merger resolves the province by decision date', async () => {
    const as15 = (body: object) => t.as('staff15').post('/api/v1/commendations').send(body);
    const old = await as15({
      ...decided,
      provinceCode: '15',
      decisionDate: '2025-06-30',
      decidingAuthority: 'Chủ tịch UBND tỉnh Yên Bái',
    }).expect(201);
    const merged = await as15({
      ...decided,
      provinceCode: '15',
      decisionDate: '2025-07-01',
      decidingAuthority: 'Chủ tịch UBND tỉnh Lào Cai',
      achievementYear: 2024,
    }).expect(201);
    expect(old.body.provinceName).toBe('Yên Bái');
    expect(merged.body.provinceName).toBe('Lào Cai');
  });

  it('POST a central-level award as APPROVED → 409: it must go through the council', async () => {
    const res = await create({ ...decided, awardTypeCode: 'BANG_KHEN_THU_TUONG', decisionNumber: '12/QĐ-TTg' }).expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, code: 'CENTRAL_AWARD_NEEDS_PROPOSAL' });
  });

  it('POST a central-level proposal without status → 201 as DRAFT', async () => {
    const { status: _s, decisionNumber: _n, decisionDate: _d, decidingAuthority: _a, ...proposal } = decided;
    const res = await create({ ...proposal, awardTypeCode: 'BANG_KHEN_THU_TUONG' }).expect(201);
    expect(res.body.status).toBe('DRAFT');
  });

  it('POST an award that does not apply to the recipient kind → 400 (R-RECIPIENT-KIND)', async () => {
    const res = await create({
      ...decided,
      awardTypeCode: 'CSTD_CO_SO',
      recipientKind: 'COLLECTIVE',
      gender: undefined,
      recipientClass: undefined,
    }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'recipientKind', code: 'recipientKindNotAllowed' })]);
  });

  it('POST APPROVED without the decision → 400 listing each missing field, and nothing is written', async () => {
    const before = await tableCounts(t.dataSource);
    const res = await create({ ...decided, decisionNumber: undefined, decisionDate: undefined, decidingAuthority: undefined }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['decisionNumber', 'decisionDate', 'decidingAuthority']);
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('POST with an unknown award type, province or movement → 400 naming the field', async () => {
    expect((await create({ ...decided, awardTypeCode: 'NO_SUCH_AWARD' }).expect(400)).body.errors[0].field).toBe('awardTypeCode');
    expect((await create({ ...decided, provinceCode: '99' }).expect(400)).body.errors[0].field).toBe('provinceCode');
    expect((await create({ ...decided, movementId: '7f1c1f8e-1d7a-4c43-9a43-3d1b1d1b1d1b' }).expect(400)).body.errors[0].field).toBe(
      'movementId',
    );
  });

  it('GET /api/v1/commendations filters by province, year, status and accent-insensitive q, paginated', async () => {
    await create({
      ...decided,
      recipientName: 'Lò Văn Đức',
      gender: 'MALE',
      decisionDate: '2024-07-01',
      decisionNumber: '455/QĐ-UBND',
    }).expect(201);
    const byQ = await t.as('staff08').get('/api/v1/commendations').query({ q: 'lo van duc' }).expect(200);
    expect(byQ.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(byQ.body.items[0].recipientName).toBe('Lò Văn Đức');
    const h1 = await t
      .as('staff08')
      .get('/api/v1/commendations')
      .query({ provinceCode: '08', from: '2024-01-01', to: '2024-06-30', status: 'APPROVED' })
      .expect(200);
    expect(h1.body.items.every((c: { decisionDate: string }) => c.decisionDate <= '2024-06-30')).toBe(true);
    const cluster = await t.as('staff08').get('/api/v1/commendations').query({ clusterCode: 'TDMNPB', year: 2024 }).expect(200);
    expect(cluster.body.items.map((c: { provinceCode: string }) => c.provinceCode)).not.toContain('15');
    const paged = await t.as('reviewer').get('/api/v1/commendations').query({ pageSize: 2, page: 2, sort: 'recipientName' }).expect(200);
    expect(paged.body.items).toHaveLength(2);
    expect(paged.body.total).toBeGreaterThanOrEqual(5);
  });

  it('GET /api/v1/commendations orders by record year, then decision date (undecided last), and counts exactly', async () => {
    const name = 'Thứ Tự Năm';
    await create({
      ...decided,
      recipientName: name,
      decisionDate: '2023-12-29',
      achievementYear: 2023,
      decisionNumber: '1/QĐ-UBND',
    }).expect(201);
    await create({
      ...decided,
      recipientName: name,
      decisionDate: '2024-02-01',
      achievementYear: 2023,
      decisionNumber: '2/QĐ-UBND',
    }).expect(201);
    await create({
      ...decided,
      recipientName: name,
      decisionDate: '2024-11-30',
      achievementYear: 2024,
      decisionNumber: '3/QĐ-UBND',
    }).expect(201);
    // An undecided proposal counts towards its achievement year.
    const { status: _s, decisionNumber: _n, decisionDate: _d, decidingAuthority: _a, ...proposal } = decided;
    await create({ ...proposal, recipientName: name, achievementYear: 2024 }).expect(201);

    const all = await t.as('staff08').get('/api/v1/commendations').query({ q: name }).expect(200);
    expect(all.body).toMatchObject({ total: 4, totalExact: true });
    expect(all.body.items.map((c: { decisionNumber: string | null }) => c.decisionNumber)).toEqual([
      '3/QĐ-UBND',
      '2/QĐ-UBND',
      null,
      '1/QĐ-UBND',
    ]);
    const oldest = await t.as('staff08').get('/api/v1/commendations').query({ q: name, sort: 'decisionDate' }).expect(200);
    expect(oldest.body.items.map((c: { decisionNumber: string | null }) => c.decisionNumber)).toEqual([
      '1/QĐ-UBND',
      null,
      '2/QĐ-UBND',
      '3/QĐ-UBND',
    ]);
    const y2024 = await t.as('staff08').get('/api/v1/commendations').query({ q: name, year: 2024 }).expect(200);
    expect(y2024.body.items.map((c: { decisionNumber: string | null }) => c.decisionNumber)).toEqual(['3/QĐ-UBND', '2/QĐ-UBND', null]);
  });

  it.each([
    ['page=0', 'page'],
    ['pageSize=1000', 'pageSize'],
    ['status=DONE', 'status'],
    ['from=2024-13-01', 'from'],
    ['sort=password', 'sort'],
    ['unknown=1', 'unknown'],
  ])('GET /api/v1/commendations?%s → 400 on %s', async (qs, field) => {
    const res = await t.as('staff08').get(`/api/v1/commendations?${qs}`).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('GET /api/v1/commendations/{id} → 404 for an unknown id, 400 for a malformed one', async () => {
    await t.as('staff08').get('/api/v1/commendations/7f1c1f8e-1d7a-4c43-9a43-3d1b1d1b1d1b').expect(404);
    await t.as('staff08').get('/api/v1/commendations/not-a-uuid').expect(400);
  });

  it('PATCH /api/v1/commendations/{id} with a stale version → 409 and the first edit is kept', async () => {
    const created = (await create({ ...decided, recipientName: 'Hoàng Văn Nam', gender: 'MALE' }).expect(201)).body;
    const first = await t
      .as('staff08')
      .patch(`/api/v1/commendations/${created.id}`)
      .send({ version: 1, position: 'Hiệu trưởng' })
      .expect(200);
    expect(first.body).toMatchObject({ version: 2, position: 'Hiệu trưởng' });
    const second = await t
      .as('staff08')
      .patch(`/api/v1/commendations/${created.id}`)
      .send({ version: 1, position: 'Phó Hiệu trưởng' })
      .expect(409);
    expect(second.body.code).toBe('VERSION_CONFLICT');
    expect((await t.as('staff08').get(`/api/v1/commendations/${created.id}`).expect(200)).body.position).toBe('Hiệu trưởng');
  });

  it('PATCH twice at once with the same version → exactly one 200 and one 409', async () => {
    const created = (await create({ ...decided, recipientName: 'Vàng Thị Mai' }).expect(201)).body;
    const results = await Promise.all(
      ['Kế toán', 'Thủ quỹ'].map((position) =>
        t.as('staff08').patch(`/api/v1/commendations/${created.id}`).send({ version: created.version, position }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('PATCH with invalid fields → 400 with every problem and nothing changed', async () => {
    const created = (await create({ ...decided, recipientName: 'Sùng A Páo', gender: 'MALE' }).expect(201)).body;
    const res = await t
      .as('staff08')
      .patch(`/api/v1/commendations/${created.id}`)
      .send({ version: 1, decisionDate: '2024-02-30', kind: 'NONE', status: 'APPROVED' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['decisionDate', 'kind', 'status']);
    expect((await t.as('staff08').get(`/api/v1/commendations/${created.id}`).expect(200)).body.version).toBe(1);
  });

  it('DELETE /api/v1/commendations/{id} → 204 for a draft, 409 for a decided award', async () => {
    const { status: _s, ...draft } = decided;
    const d = (await create({ ...draft, recipientName: 'Giàng Thị Dợ' }).expect(201)).body;
    await t.as('staff08').delete(`/api/v1/commendations/${d.id}`).expect(204);
    await t.as('staff08').get(`/api/v1/commendations/${d.id}`).expect(404);
    const a = (await create({ ...decided, recipientName: 'Ma Văn Kháng', gender: 'MALE' }).expect(201)).body;
    expect((await t.as('staff08').delete(`/api/v1/commendations/${a.id}`).expect(409)).body.code).toBe('COMMENDATION_NOT_DRAFT');
  });

  it('POST malformed JSON → 400, an oversized body → 413, and nothing is written', async () => {
    const before = await tableCounts(t.dataSource);
    await t.as('staff08').post('/api/v1/commendations').set('content-type', 'application/json').send('{"recipientName": ').expect(400);
    const big = await create({ ...decided, citation: 'x'.repeat(200_000) }).expect(413);
    expect(big.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });
});
