import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, attachRequiredDocuments, createTestApp, tableCounts } from './test-app';

const proposal = {
  recipientKind: 'COLLECTIVE',
  recipientName: 'Hợp tác xã chè Shan tuyết Hồng Thái',
  provinceCode: '08',
  awardTypeCode: 'BANG_KHEN_THU_TUONG',
  kind: 'REGULAR',
  achievementYear: 2023,
  citation: 'Đã có thành tích xuất sắc trong phát triển kinh tế tập thể giai đoạn 2021–2023',
};
const decision = { decisionNumber: '915/QĐ-TTg', decisionDate: '2024-08-02', decidingAuthority: 'Thủ tướng Chính phủ' };
const movementBase = {
  name: 'Phong trào thi đua kiểm tra liên kết',
  launchedBy: 'PRIME_MINISTER',
  launchedOn: '2024-01-10',
  startsOn: '2024-01-10',
  endsOn: '2025-12-31',
};
const example = {
  recipientKind: 'INDIVIDUAL',
  name: 'Chẩu Văn Liên',
  provinceCode: '08',
  story: 'Dẫn đầu phong trào làm đường.',
  honouredOn: '2024-07-29',
};

describe.each(testEngines())('separation of duties and links in scope on %s', (engine) => {
  let t: TestApp;
  let dual: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await t
      .as('admin')
      .post('/api/v1/users')
      .send({
        username: 'hai.vai',
        password: 'mat-khau-hai-vai-tro',
        fullName: 'Nông Văn Kiêm',
        roles: ['PROVINCE_STAFF', 'COUNCIL_REVIEWER'],
        provinceCode: '08',
      })
      .expect(201);
    dual = (await t.http().post('/api/v1/auth/login').send({ username: 'hai.vai', password: 'mat-khau-hai-vai-tro' }).expect(200)).body
      .accessToken;
  });
  afterAll(() => t?.close());

  const asDual = (method: 'post' | 'patch', url: string) => t.http()[method](url).set('Authorization', `Bearer ${dual}`);
  const step = (id: string, action: string, body: object) => asDual('post', `/api/v1/commendations/${id}/${action}`).send(body);

  describe('no self-approval', () => {
    it('POST /commendations/{id}/approve and /return → 403 SEPARATION_OF_DUTIES for the user who created and submitted the proposal; nothing changes', async () => {
      const created = (await asDual('post', '/api/v1/commendations').send(proposal).expect(201)).body;
      await attachRequiredDocuments(t, created.id);
      const submitted = (await step(created.id, 'submit', { version: created.version }).expect(200)).body;
      const before = await tableCounts(t.dataSource);
      const approve = await step(created.id, 'approve', { version: submitted.version, ...decision }).expect(403);
      expect(approve.body).toMatchObject({ code: 'SEPARATION_OF_DUTIES', message: expect.stringContaining('không được tự phê duyệt') });
      await step(created.id, 'return', { version: submitted.version, reason: 'Tự trả lại' }).expect(403);
      expect(await tableCounts(t.dataSource)).toEqual(before);
      const still = (await t.as('reviewer').get(`/api/v1/commendations/${created.id}`).expect(200)).body;
      expect(still).toMatchObject({ status: 'SUBMITTED', version: submitted.version });
      // Another reviewer decides.
      await t
        .as('reviewer')
        .post(`/api/v1/commendations/${created.id}/approve`)
        .send({ version: submitted.version, ...decision })
        .expect(200);
    });

    it('editing a proposal someone else created also makes the user one of its authors → 403', async () => {
      const created = (await t.as('staff08').post('/api/v1/commendations').send(proposal).expect(201)).body;
      await attachRequiredDocuments(t, created.id);
      const edited = (
        await asDual('patch', `/api/v1/commendations/${created.id}`)
          .send({ version: created.version, position: 'Ban chủ nhiệm' })
          .expect(200)
      ).body;
      const submitted = (
        await t.as('staff08').post(`/api/v1/commendations/${created.id}/submit`).send({ version: edited.version }).expect(200)
      ).body;
      await step(created.id, 'approve', { version: submitted.version, ...decision }).expect(403);
    });

    it('a dual-role user who did not write the proposal may decide on it → 200', async () => {
      const created = (await t.as('staff08').post('/api/v1/commendations').send(proposal).expect(201)).body;
      await attachRequiredDocuments(t, created.id);
      const submitted = (
        await t.as('staff08').post(`/api/v1/commendations/${created.id}/submit`).send({ version: created.version }).expect(200)
      ).body;
      const returned = (await step(created.id, 'return', { version: submitted.version, reason: 'Bổ sung báo cáo thành tích' }).expect(200))
        .body;
      expect(returned.status).toBe('RETURNED');
      // Having returned it once does not make the reviewer an author.
      const again = (
        await t.as('staff08').post(`/api/v1/commendations/${created.id}/submit`).send({ version: returned.version }).expect(200)
      ).body;
      await step(created.id, 'approve', { version: again.version, ...decision }).expect(200);
    });
  });

  describe('links only to records in scope', () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      // Each movement made by who manages it: the admin (national), the chair (cluster), the province's staff.
      const movement = async (key: string, by: Parameters<TestApp['as']>[0], over: object) =>
        (ids[key] = (
          await t
            .as(by)
            .post('/api/v1/movements')
            .send({ ...movementBase, name: `${movementBase.name} ${key}`, ...over })
            .expect(201)
        ).body.id);
      await movement('national', 'admin', { scope: 'NATIONAL' });
      await movement('p08', 'staff08', { scope: 'PROVINCE', provinceCode: '08' });
      await movement('p25', 'staff25', { scope: 'PROVINCE', provinceCode: '25' });
      await movement('tdmnpb', 'chairTDMNPB', { scope: 'CLUSTER', clusterCode: 'TDMNPB' });
      await movement('dbsh', 'chairDBSH', { scope: 'CLUSTER', clusterCode: 'DBSH' });
      const meeting = { year: 2024, period: 'H1', date: '2024-07-29', place: 'Hội trường tỉnh', chairName: 'Lê Văn Chủ' };
      ids['meetingTDMNPB'] = (
        await t
          .as('chairTDMNPB')
          .post('/api/v1/meetings')
          .send({ ...meeting, clusterCode: 'TDMNPB', hostProvinceCode: '08' })
          .expect(201)
      ).body.id;
      ids['meetingDBSH'] = (
        await t
          .as('chairDBSH')
          .post('/api/v1/meetings')
          .send({ ...meeting, clusterCode: 'DBSH', hostProvinceCode: '01' })
          .expect(201)
      ).body.id;
    });

    const draft = (movementId: string) => ({ ...proposal, recipientName: `Tập thể liên kết ${movementId.slice(0, 6)}`, movementId });
    const unknown = '0f0e0d0c-0b0a-4909-8807-060504030201';

    it("POST /commendations with another province's or another cluster's movement → 400 on movementId, exactly as an unknown id", async () => {
      const before = await tableCounts(t.dataSource);
      const missing = await t.as('staff08').post('/api/v1/commendations').send(draft(unknown)).expect(400);
      for (const key of ['p25', 'dbsh']) {
        const res = await t.as('staff08').post('/api/v1/commendations').send(draft(ids[key])).expect(400);
        expect(res.body.errors).toEqual(missing.body.errors);
        expect(res.body.errors).toEqual([{ field: 'movementId', code: 'referenceNotFound', message: 'Không có phong trào thi đua này' }]);
      }
      expect(await tableCounts(t.dataSource)).toEqual(before);
    });

    it("POST /commendations with a national movement, the province's own or its cluster's → 201", async () => {
      for (const key of ['national', 'p08', 'tdmnpb'])
        await t.as('staff08').post('/api/v1/commendations').send(draft(ids[key])).expect(201);
    });

    it("PATCH /commendations/{id} to another province's movement → 400; nothing changes", async () => {
      const created = (
        await t
          .as('staff08')
          .post('/api/v1/commendations')
          .send({ ...proposal, recipientName: 'Tập thể sửa liên kết' })
          .expect(201)
      ).body;
      const res = await t
        .as('staff08')
        .patch(`/api/v1/commendations/${created.id}`)
        .send({ version: created.version, movementId: ids['p25'] })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['movementId']);
      const after = (await t.as('staff08').get(`/api/v1/commendations/${created.id}`).expect(200)).body;
      expect(after).toMatchObject({ movementId: null, version: created.version });
      await t
        .as('staff08')
        .patch(`/api/v1/commendations/${created.id}`)
        .send({ version: created.version, movementId: ids['tdmnpb'] })
        .expect(200);
    });

    it("POST /typical-examples with another cluster's movement or meeting → 400 naming the field; its own cluster's → 201", async () => {
      const before = await tableCounts(t.dataSource);
      const movement = await t
        .as('staff08')
        .post('/api/v1/typical-examples')
        .send({ ...example, movementId: ids['dbsh'] })
        .expect(400);
      expect(movement.body.errors).toEqual([
        { field: 'movementId', code: 'referenceNotFound', message: 'Không có phong trào thi đua này' },
      ]);
      const meeting = await t
        .as('staff08')
        .post('/api/v1/typical-examples')
        .send({ ...example, honouredAtMeetingId: ids['meetingDBSH'] })
        .expect(400);
      expect(meeting.body.errors).toEqual([{ field: 'honouredAtMeetingId', code: 'referenceNotFound', message: 'Không có hội nghị này' }]);
      expect(await tableCounts(t.dataSource)).toEqual(before);
      await t
        .as('staff08')
        .post('/api/v1/typical-examples')
        .send({ ...example, movementId: ids['tdmnpb'], honouredAtMeetingId: ids['meetingTDMNPB'] })
        .expect(201);
    });

    it("PATCH /typical-examples/{id} to another cluster's meeting or another province's movement → 400", async () => {
      const created = (
        await t
          .as('staff08')
          .post('/api/v1/typical-examples')
          .send({ ...example, name: 'Hoàng Thị Sửa' })
          .expect(201)
      ).body;
      await t
        .as('staff08')
        .patch(`/api/v1/typical-examples/${created.id}`)
        .send({ version: created.version, honouredAtMeetingId: ids['meetingDBSH'] })
        .expect(400);
      await t
        .as('staff08')
        .patch(`/api/v1/typical-examples/${created.id}`)
        .send({ version: created.version, movementId: ids['p25'] })
        .expect(400);
      await t
        .as('staff08')
        .patch(`/api/v1/typical-examples/${created.id}`)
        .send({ version: created.version, movementId: ids['p08'] })
        .expect(200);
    });

    it("PUT /movements/{id}/results on another province's or cluster's movement → 404 like an unknown one", async () => {
      const results = [{ provinceCode: '08', year: 2024, period: 'H1', summary: 'Kết quả thử' }];
      for (const key of ['p25', 'dbsh']) await t.as('staff08').put(`/api/v1/movements/${ids[key]}/results`).send(results).expect(404);
      await t.as('staff08').put(`/api/v1/movements/${unknown}/results`).send(results).expect(404);
    });
  });
});
