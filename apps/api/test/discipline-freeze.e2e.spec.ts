import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, createTestApp } from './test-app';

interface Finding {
  ruleId: string;
  severity: string;
  status: string;
  explanation: string;
  evidenceIds: string[];
}

/** R-DISCIPLINE-FREEZE over HTTP: the recipient's discipline facts on a commendation (Decree 152/2025 Art. 4.4, Law Art. 28). */
describe.each(testEngines())('discipline facts and R-DISCIPLINE-FREEZE, %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  const person = {
    recipientKind: 'INDIVIDUAL',
    recipientName: 'Triệu Thị Lan',
    organization: 'Sở Y tế tỉnh Tuyên Quang',
    provinceCode: '08',
    gender: 'FEMALE',
    recipientClass: 'OTHER',
    awardTypeCode: 'CSTD_CO_SO',
    kind: 'REGULAR',
    achievementYear: 2026,
  };
  const collective = {
    recipientKind: 'COLLECTIVE',
    recipientName: 'Phòng Tổ chức cán bộ, Sở Y tế tỉnh Tuyên Quang',
    provinceCode: '08',
    awardTypeCode: 'TAP_THE_LAO_DONG_TIEN_TIEN',
    kind: 'REGULAR',
    achievementYear: 2026,
  };
  const freeze = async (id: string): Promise<Finding | undefined> =>
    (await t.as('staff08').get(`/api/v1/commendations/${id}/findings`).expect(200)).body.findings.find(
      (f: Finding) => f.ruleId === 'R-DISCIPLINE-FREEZE',
    );

  it('POST /api/v1/commendations with pendingReview: true → 201, stored, and an open ERROR finding naming the record', async () => {
    const c = (
      await t
        .as('staff08')
        .post('/api/v1/commendations')
        .send({ ...person, pendingReview: true })
        .expect(201)
    ).body;
    expect(c).toMatchObject({ pendingReview: true, disciplineUntil: null, memberWarnedOrAbove: null });
    const f = await freeze(c.id);
    expect(f).toMatchObject({ status: 'OPEN', severity: 'ERROR', evidenceIds: [c.id] });
    expect(f?.explanation).toContain('Nghị định 152/2025/NĐ-CP Điều 4.4');
    const [row] = await t.dataSource.query(`SELECT pending_review FROM commendations WHERE id = $1`, [c.id]);
    expect(row.pending_review).toBe(true);
  });

  it('PATCH /api/v1/commendations/:id pendingReview: false → 200 and the finding clears; the change is audited', async () => {
    const c = (
      await t
        .as('staff08')
        .post('/api/v1/commendations')
        .send({ ...person, recipientName: 'Hoàng Văn Sơn', pendingReview: true })
        .expect(201)
    ).body;
    const after = (
      await t.as('staff08').patch(`/api/v1/commendations/${c.id}`).send({ pendingReview: false, version: c.version }).expect(200)
    ).body;
    expect(after.pendingReview).toBe(false);
    expect(await freeze(c.id)).toMatchObject({ status: 'CLEARED' });
    const [entry] = await t.dataSource.query(
      `SELECT after FROM audit_entries WHERE entity = 'commendation' AND entity_id = $1 AND action = 'UPDATE'`,
      [c.id],
    );
    expect(entry.after.pendingReview).toBe(false);
  });

  it('POST with a sanction ending in the achievement year → the finding; ending before it → none open', async () => {
    const late = (
      await t
        .as('staff08')
        .post('/api/v1/commendations')
        .send({ ...person, recipientName: 'Lý Văn Tú', disciplineUntil: '2026-12-31' })
        .expect(201)
    ).body;
    expect(await freeze(late.id)).toMatchObject({ status: 'OPEN', explanation: expect.stringContaining('31/12/2026') });
    const early = (
      await t
        .as('staff08')
        .post('/api/v1/commendations')
        .send({ ...person, recipientName: 'Lý Thị Mai', disciplineUntil: '2025-12-31' })
        .expect(201)
    ).body;
    expect(await freeze(early.id)).toBeUndefined();
  });

  it('POST Tập thể lao động tiên tiến with memberWarnedOrAbove: true → the finding (Law Art. 28)', async () => {
    const c = (
      await t
        .as('staff08')
        .post('/api/v1/commendations')
        .send({ ...collective, memberWarnedOrAbove: true })
        .expect(201)
    ).body;
    expect(await freeze(c.id)).toMatchObject({ status: 'OPEN', explanation: expect.stringContaining('cảnh cáo trở lên năm 2026') });
  });

  it('POST with bad discipline values → 400 naming each field, and nothing is written', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM commendations`);
    const res = await t
      .as('staff08')
      .post('/api/v1/commendations')
      .send({ ...person, recipientName: 'Bad Values', disciplineUntil: '2025-02-30', pendingReview: 'yes', memberWarnedOrAbove: 1 })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'disciplineUntil',
      'memberWarnedOrAbove',
      'pendingReview',
    ]);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM commendations`)).toEqual(before);
  });

  it('PATCH with a bad discipline date → 400 and nothing changed', async () => {
    const c = (
      await t
        .as('staff08')
        .post('/api/v1/commendations')
        .send({ ...person, recipientName: 'Nguyễn Văn Bền' })
        .expect(201)
    ).body;
    const res = await t
      .as('staff08')
      .patch(`/api/v1/commendations/${c.id}`)
      .send({ disciplineUntil: '31/12/2025', version: c.version })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['disciplineUntil']);
    const [row] = await t.dataSource.query(`SELECT discipline_until, version FROM commendations WHERE id = $1`, [c.id]);
    expect(row).toEqual({ discipline_until: null, version: c.version });
  });
});
