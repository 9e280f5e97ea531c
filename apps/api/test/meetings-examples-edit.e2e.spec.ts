import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, createTestApp, tableCounts } from './test-app';

const meeting = {
  clusterCode: 'TDMNPB',
  year: 2024,
  period: 'FY',
  date: '2024-12-20',
  hostProvinceCode: '17',
  place: 'Trung tâm hội nghị APPlaza, tỉnh Hòa Bình',
  chairName: 'Nguyễn Mạnh Tuấn',
  chairTitle: 'Phó Chủ tịch UBND tỉnh Tuyên Quang',
};
const example = {
  recipientKind: 'INDIVIDUAL',
  name: 'Ma Thị Hoa',
  provinceCode: '08',
  story: 'Vận động 40 hộ hiến đất làm đường.',
  honouredOn: '2024-08-15',
};

interface AuditItem {
  action: string;
  actorUsername: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe.each(testEngines())('editing and deleting meetings and typical examples on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine)));
  afterAll(() => t?.close());

  const audit = async (entity: string, entityId: string): Promise<AuditItem[]> =>
    (await t.as('reviewer').get('/api/v1/audit').query({ entity, entityId }).expect(200)).body.items;
  const newMeeting = async (body: object = {}) =>
    (
      await t
        .as('chairTDMNPB')
        .post('/api/v1/meetings')
        .send({ ...meeting, ...body })
        .expect(201)
    ).body;
  const newExample = async (body: object = {}) =>
    (
      await t
        .as('staff08')
        .post('/api/v1/typical-examples')
        .send({ ...example, ...body })
        .expect(201)
    ).body;

  describe('meetings', () => {
    it('PATCH /meetings/{id} by the chair → 200, version + 1, audited with before and after', async () => {
      const m = await newMeeting();
      const res = await t
        .as('chairTDMNPB')
        .patch(`/api/v1/meetings/${m.id}`)
        .send({ version: m.version, place: 'Hội trường UBND tỉnh Tuyên Quang', hostProvinceCode: '08', participants: 'Đại biểu 14 tỉnh' })
        .expect(200);
      expect(res.body).toMatchObject({
        id: m.id,
        version: m.version + 1,
        place: 'Hội trường UBND tỉnh Tuyên Quang',
        hostProvinceCode: '08',
        participants: 'Đại biểu 14 tỉnh',
        chairName: meeting.chairName,
      });
      expect((await t.as('staff08').get(`/api/v1/meetings/${m.id}`).expect(200)).body.place).toBe('Hội trường UBND tỉnh Tuyên Quang');
      const [update, create] = await audit('meeting', m.id);
      expect([update.action, create.action]).toEqual(['UPDATE', 'CREATE']);
      expect(update.actorUsername).toBe('chairtdmnpb');
      expect(update.before).toMatchObject({ place: meeting.place, participants: null, version: 1 });
      expect(update.after).toMatchObject({ place: 'Hội trường UBND tỉnh Tuyên Quang', participants: 'Đại biểu 14 tỉnh', version: 2 });
    });

    it('PATCH /meetings/{id} with a stale version → 409 VERSION_CONFLICT, nothing changed', async () => {
      const m = await newMeeting();
      await t.as('chairTDMNPB').patch(`/api/v1/meetings/${m.id}`).send({ version: m.version, notes: 'Lần một' }).expect(200);
      const res = await t.as('chairTDMNPB').patch(`/api/v1/meetings/${m.id}`).send({ version: m.version, notes: 'Lần hai' }).expect(409);
      expect(res.body).toMatchObject({ code: 'VERSION_CONFLICT', message: expect.stringContaining('tải lại') });
      expect((await t.as('chairTDMNPB').get(`/api/v1/meetings/${m.id}`).expect(200)).body).toMatchObject({ notes: 'Lần một', version: 2 });
    });

    it('PATCH /meetings/{id}: member staff → 403, another cluster’s chair and outsiders → 404, anonymous → 401', async () => {
      const m = await newMeeting();
      const body = { version: m.version, notes: 'Không được sửa' };
      await t.http().patch(`/api/v1/meetings/${m.id}`).send(body).expect(401);
      await t.as('staff08').patch(`/api/v1/meetings/${m.id}`).send(body).expect(403);
      await t.as('admin').patch(`/api/v1/meetings/${m.id}`).send(body).expect(403);
      await t.as('chairDBSH').patch(`/api/v1/meetings/${m.id}`).send(body).expect(404);
      await t.as('staff01').patch(`/api/v1/meetings/${m.id}`).send(body).expect(404);
      // Moving it to a cluster the chair does not lead is refused as well.
      await t.as('chairTDMNPB').patch(`/api/v1/meetings/${m.id}`).send({ version: m.version, clusterCode: 'DBSH' }).expect(403);
      expect((await t.as('chairTDMNPB').get(`/api/v1/meetings/${m.id}`).expect(200)).body.version).toBe(m.version);
    });

    it('PATCH /meetings/{id} with invalid fields → 400 listing each field in Vietnamese', async () => {
      const m = await newMeeting();
      const res = await t
        .as('chairTDMNPB')
        .patch(`/api/v1/meetings/${m.id}`)
        .send({ chairName: ' ', period: 'Q3', year: 1800 })
        .expect(400);
      expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
        'chairName',
        'period',
        'version',
        'year',
      ]);
      // Messages are Vietnamese, for the client to show beside each field.
      for (const e of res.body.errors as Array<{ message: string }>) expect(e.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
      // A required field may be left out of a PATCH, but not emptied.
      const emptied = await t
        .as('chairTDMNPB')
        .patch(`/api/v1/meetings/${m.id}`)
        .send({ version: m.version, hostProvinceCode: null })
        .expect(400);
      expect(emptied.body.errors).toEqual([
        expect.objectContaining({ field: 'hostProvinceCode', message: expect.stringMatching(/không được để trống/) }),
      ]);
      // The date must still fit the period, as on create.
      const mismatch = await t
        .as('chairTDMNPB')
        .patch(`/api/v1/meetings/${m.id}`)
        .send({ version: m.version, period: 'H1', date: '2025-01-10' })
        .expect(400);
      expect(mismatch.body.errors).toEqual([expect.objectContaining({ field: 'date', message: expect.stringMatching(/không khớp/) })]);
    });

    it('PATCH and DELETE /meetings/{id} in a locked period → 409 PERIOD_LOCKED; open again after unlock', async () => {
      const m = await newMeeting();
      await t.as('chairTDMNPB').post('/api/v1/periods/TDMNPB/2024/FY/lock').send({ reason: 'Chốt số liệu tổng kết' }).expect(200);
      try {
        const before = await tableCounts(t.dataSource);
        const res = await t
          .as('chairTDMNPB')
          .patch(`/api/v1/meetings/${m.id}`)
          .send({ version: m.version, notes: 'Sau khi khóa' })
          .expect(409);
        expect(res.body).toMatchObject({ code: 'PERIOD_LOCKED' });
        await t.as('chairTDMNPB').delete(`/api/v1/meetings/${m.id}`).expect(409);
        expect(await tableCounts(t.dataSource)).toEqual(before);
      } finally {
        await t.as('chairTDMNPB').post('/api/v1/periods/TDMNPB/2024/FY/unlock').send({ reason: 'Mở lại' }).expect(200);
      }
      await t.as('chairTDMNPB').patch(`/api/v1/meetings/${m.id}`).send({ version: m.version, notes: 'Sau khi mở' }).expect(200);
    });

    it('DELETE /meetings/{id}: in use by a typical example → 409; stale version → 409; unused → 204, audited', async () => {
      const used = await newMeeting();
      await newExample({ honouredAtMeetingId: used.id, name: 'Điển hình gắn hội nghị' });
      const refused = await t.as('chairTDMNPB').delete(`/api/v1/meetings/${used.id}`).expect(409);
      expect(refused.body).toMatchObject({ code: 'MEETING_IN_USE', message: expect.stringMatching(/không thể xóa/) });

      const m = await newMeeting();
      await t.as('staff08').delete(`/api/v1/meetings/${m.id}`).expect(403);
      await t.as('chairDBSH').delete(`/api/v1/meetings/${m.id}`).expect(404);
      await t
        .as('chairTDMNPB')
        .delete(`/api/v1/meetings/${m.id}?version=${m.version + 1}`)
        .expect(409);
      await t.as('chairTDMNPB').delete(`/api/v1/meetings/${m.id}?version=${m.version}`).expect(204);
      await t.as('chairTDMNPB').get(`/api/v1/meetings/${m.id}`).expect(404);
      const [deleted] = await audit('meeting', m.id);
      expect(deleted).toMatchObject({ action: 'DELETE', after: null, before: expect.objectContaining({ chairName: meeting.chairName }) });
    });
  });

  describe('typical examples', () => {
    it('PATCH /typical-examples/{id} by the province’s staff → 200, version + 1, audited with before and after', async () => {
      const e = await newExample();
      const res = await t
        .as('staff08')
        .patch(`/api/v1/typical-examples/${e.id}`)
        .send({ version: e.version, story: 'Vận động 60 hộ hiến đất làm đường.', recipientKind: 'COLLECTIVE', movementId: null })
        .expect(200);
      expect(res.body).toMatchObject({ version: e.version + 1, story: 'Vận động 60 hộ hiến đất làm đường.', recipientKind: 'COLLECTIVE' });
      const [update] = await audit('typical_example', e.id);
      expect(update).toMatchObject({ action: 'UPDATE', actorUsername: 'staff08' });
      expect(update.before).toMatchObject({ story: example.story, recipientKind: 'INDIVIDUAL', version: 1 });
      expect(update.after).toMatchObject({ story: 'Vận động 60 hộ hiến đất làm đường.', recipientKind: 'COLLECTIVE', version: 2 });
    });

    it('PATCH /typical-examples/{id} with a new date resolves the province code on that date (the 2025 merger)', async () => {
      const e = await newExample();
      const provinceOf = async () =>
        (await t.dataSource.query(`SELECT province_id FROM typical_examples WHERE id = $1`, [e.id]))[0].province_id as string;
      const before = await provinceOf();
      const res = await t
        .as('staff08')
        .patch(`/api/v1/typical-examples/${e.id}`)
        .send({ version: e.version, honouredOn: '2025-08-01' })
        .expect(200);
      expect(res.body).toMatchObject({ provinceCode: '08', honouredOn: '2025-08-01' });
      // Tuyên Quang after 1 July 2025 is a new province record under the same code.
      expect(await provinceOf()).not.toBe(before);
      // Hà Giang (02) no longer exists after the merger.
      const gone = await t
        .as('staff08')
        .patch(`/api/v1/typical-examples/${e.id}`)
        .send({ version: res.body.version, provinceCode: '02' })
        .expect(400);
      expect(gone.body.errors).toEqual([expect.objectContaining({ field: 'provinceCode' })]);
    });

    it('PATCH /typical-examples/{id} with a stale version → 409 VERSION_CONFLICT', async () => {
      const e = await newExample();
      await t
        .as('staff08')
        .patch(`/api/v1/typical-examples/${e.id}`)
        .send({ version: e.version, name: 'Ma Thị Hoa (Na Hang)' })
        .expect(200);
      const res = await t
        .as('staff08')
        .patch(`/api/v1/typical-examples/${e.id}`)
        .send({ version: e.version, name: 'Tên khác' })
        .expect(409);
      expect(res.body).toMatchObject({ code: 'VERSION_CONFLICT' });
      expect((await t.as('staff08').get(`/api/v1/typical-examples/${e.id}`).expect(200)).body.name).toBe('Ma Thị Hoa (Na Hang)');
    });

    it('PATCH /typical-examples/{id}: the chair and the council → 403, other provinces → 404, anonymous → 401', async () => {
      const e = await newExample();
      const body = { version: e.version, story: 'Không được sửa' };
      await t.http().patch(`/api/v1/typical-examples/${e.id}`).send(body).expect(401);
      await t.as('chairTDMNPB').patch(`/api/v1/typical-examples/${e.id}`).send(body).expect(403);
      await t.as('reviewer').patch(`/api/v1/typical-examples/${e.id}`).send(body).expect(403);
      await t.as('staff01').patch(`/api/v1/typical-examples/${e.id}`).send(body).expect(404);
      await t.as('staff25').patch(`/api/v1/typical-examples/${e.id}`).send(body).expect(404);
      // Nor may staff move it to another province.
      await t.as('staff08').patch(`/api/v1/typical-examples/${e.id}`).send({ version: e.version, provinceCode: '01' }).expect(403);
    });

    it('PATCH /typical-examples/{id} with invalid fields → 400 listing each field in Vietnamese', async () => {
      const e = await newExample();
      const res = await t
        .as('staff08')
        .patch(`/api/v1/typical-examples/${e.id}`)
        .send({ version: e.version, name: '', recipientKind: 'HOUSEHOLD', honouredOn: '29/07/2024' })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['honouredOn', 'name', 'recipientKind']);
      for (const e of res.body.errors as Array<{ message: string }>) expect(e.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
      const emptied = await t.as('staff08').patch(`/api/v1/typical-examples/${e.id}`).send({ version: e.version, name: null }).expect(400);
      expect(emptied.body.errors).toEqual([
        expect.objectContaining({ field: 'name', message: expect.stringMatching(/không được để trống/) }),
      ]);
      const future = await t
        .as('staff08')
        .patch(`/api/v1/typical-examples/${e.id}`)
        .send({ version: e.version, honouredOn: '2999-01-01', movementId: '00000000-0000-4000-8000-000000000000' })
        .expect(400);
      expect(future.body.errors.map((e: { field: string; message: string }) => [e.field, e.message])).toEqual([
        ['honouredOn', 'Ngày biểu dương không được sau ngày hôm nay'],
        ['movementId', 'Không có phong trào thi đua này'],
      ]);
    });

    it('PATCH and DELETE /typical-examples/{id} in a locked period, or moving into one → 409 PERIOD_LOCKED', async () => {
      const inside = await newExample({ honouredOn: '2024-03-10', name: 'Điển hình 6 tháng đầu năm' });
      const outside = await newExample({ name: 'Điển hình 6 tháng cuối năm' });
      await t.as('chairTDMNPB').post('/api/v1/periods/TDMNPB/2024/H1/lock').send({ reason: 'Chốt số liệu sơ kết' }).expect(200);
      try {
        const before = await tableCounts(t.dataSource);
        const res = await t
          .as('staff08')
          .patch(`/api/v1/typical-examples/${inside.id}`)
          .send({ version: inside.version, story: 'Sửa' })
          .expect(409);
        expect(res.body).toMatchObject({ code: 'PERIOD_LOCKED', message: expect.stringContaining('đã khóa') });
        await t.as('staff08').delete(`/api/v1/typical-examples/${inside.id}`).expect(409);
        await t
          .as('staff08')
          .patch(`/api/v1/typical-examples/${outside.id}`)
          .send({ version: outside.version, honouredOn: '2024-05-01' })
          .expect(409);
        expect(await tableCounts(t.dataSource)).toEqual(before);
        await t
          .as('staff08')
          .patch(`/api/v1/typical-examples/${outside.id}`)
          .send({ version: outside.version, story: 'Bổ sung' })
          .expect(200);
      } finally {
        await t.as('chairTDMNPB').post('/api/v1/periods/TDMNPB/2024/H1/unlock').send({ reason: 'Mở lại' }).expect(200);
      }
    });

    it('DELETE /typical-examples/{id}: outsiders → 403/404, stale version → 409, staff → 204, audited', async () => {
      const e = await newExample({ name: 'Điển hình để xóa' });
      await t.as('chairTDMNPB').delete(`/api/v1/typical-examples/${e.id}`).expect(403);
      await t.as('staff01').delete(`/api/v1/typical-examples/${e.id}`).expect(404);
      await t
        .as('staff08')
        .delete(`/api/v1/typical-examples/${e.id}?version=${e.version + 1}`)
        .expect(409);
      await t.as('staff08').delete(`/api/v1/typical-examples/${e.id}?version=${e.version}`).expect(204);
      await t.as('staff08').get(`/api/v1/typical-examples/${e.id}`).expect(404);
      const [deleted] = await audit('typical_example', e.id);
      expect(deleted).toMatchObject({ action: 'DELETE', before: expect.objectContaining({ name: 'Điển hình để xóa' }) });
    });
  });
});
