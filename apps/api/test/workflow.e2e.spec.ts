import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, attachRequiredDocuments, createTestApp, tableCounts } from './test-app';

/** A central-level proposal (Bằng khen của Thủ tướng) from Tuyên Quang. */
const proposal = {
  recipientKind: 'COLLECTIVE',
  recipientName: 'Trường Phổ thông Dân tộc nội trú tỉnh Tuyên Quang',
  provinceCode: '08',
  awardTypeCode: 'BANG_KHEN_THU_TUONG',
  kind: 'REGULAR',
  achievementYear: 2023,
  citation: 'Đã có thành tích xuất sắc trong công tác giáo dục học sinh dân tộc thiểu số giai đoạn 2021–2023',
};
const decision = { decisionNumber: '812/QĐ-TTg', decisionDate: '2024-06-20', decidingAuthority: 'Thủ tướng Chính phủ' };
/** A provincial award recorded as a draft, then approved by the province itself. */
const provincialDraft = {
  recipientKind: 'INDIVIDUAL',
  recipientName: 'Hoàng Văn Tỉnh',
  provinceCode: '08',
  gender: 'MALE',
  recipientClass: 'DIRECT_WORKER',
  awardTypeCode: 'BANG_KHEN_TINH',
  kind: 'REGULAR',
  achievementYear: 2023,
};

describe.each(testEngines())('commendation workflow on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine)));
  afterAll(() => t?.close());

  // Each proposal carries the documents its award requires (the dossier itself is tested in documents.e2e.spec.ts).
  const propose = async (over: object = {}) => {
    const c = (
      await t
        .as('staff08')
        .post('/api/v1/commendations')
        .send({ ...proposal, ...over })
        .expect(201)
    ).body;
    await attachRequiredDocuments(t, c.id);
    return c;
  };
  const step = (user: Parameters<TestApp['as']>[0], id: string, action: string, body: object) =>
    t.as(user).post(`/api/v1/commendations/${id}/${action}`).send(body);

  it('DRAFT → SUBMITTED (staff) → RETURNED with a reason (reviewer) → SUBMITTED again → APPROVED with the decision (reviewer)', async () => {
    const c = await propose();
    expect(c.status).toBe('DRAFT');
    const submitted = (await step('staff08', c.id, 'submit', { version: c.version }).expect(200)).body;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: c.version + 1 });
    const returned = (
      await step('reviewer', c.id, 'return', { version: submitted.version, reason: 'Thiếu xác nhận của Sở Giáo dục và Đào tạo' }).expect(
        200,
      )
    ).body;
    expect(returned).toMatchObject({ status: 'RETURNED', statusReason: 'Thiếu xác nhận của Sở Giáo dục và Đào tạo' });
    // The province fixes the file while it is back with them, then resubmits.
    const fixed = (
      await t
        .as('staff08')
        .patch(`/api/v1/commendations/${c.id}`)
        .send({ version: returned.version, citation: `${proposal.citation}; có xác nhận của Sở` })
        .expect(200)
    ).body;
    const again = (await step('staff08', c.id, 'submit', { version: fixed.version }).expect(200)).body;
    expect(again).toMatchObject({ status: 'SUBMITTED', statusReason: null });
    const approved = (await step('reviewer', c.id, 'approve', { version: again.version, ...decision }).expect(200)).body;
    expect(approved).toMatchObject({ status: 'APPROVED', ...decision });
    const trail = await t.dataSource.query(`SELECT action, actor_username FROM audit_entries WHERE entity_id = $1 ORDER BY seq`, [c.id]);
    expect(trail.map((r: { action: string; actor_username: string }) => `${r.action}:${r.actor_username}`)).toEqual([
      'CREATE:staff08',
      'SUBMIT:staff08',
      'RETURN:reviewer',
      'UPDATE:staff08',
      'SUBMIT:staff08',
      'APPROVE:reviewer',
    ]);
  });

  it('APPROVED → REVOKED with a reason; a revoked award can be neither edited, deleted nor approved again', async () => {
    const c = await propose();
    const s = (await step('staff08', c.id, 'submit', { version: c.version }).expect(200)).body;
    const a = (await step('reviewer', c.id, 'approve', { version: s.version, ...decision }).expect(200)).body;
    // The province cannot change a decision the council recorded.
    expect(
      (await t.as('staff08').patch(`/api/v1/commendations/${c.id}`).send({ version: a.version, citation: 'Khác' }).expect(409)).body.code,
    ).toBe('COMMENDATION_LOCKED_BY_STATUS');
    await step('staff08', c.id, 'revoke', { version: a.version, reason: 'Tự thu hồi' }).expect(403);
    const r = (await step('reviewer', c.id, 'revoke', { version: a.version, reason: 'Kê khai thành tích không trung thực' }).expect(200))
      .body;
    expect(r).toMatchObject({ status: 'REVOKED', statusReason: 'Kê khai thành tích không trung thực' });
    await t.as('staff08').patch(`/api/v1/commendations/${c.id}`).send({ version: r.version, citation: 'Khác' }).expect(409);
    await t.as('staff08').delete(`/api/v1/commendations/${c.id}`).expect(409);
    const again = await step('reviewer', c.id, 'approve', { version: r.version, ...decision }).expect(409);
    expect(again.body).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('đã thu hồi') });
  });

  it('a provincial draft is approved and revoked by its own province; the council has no step there', async () => {
    const d = (await t.as('staff08').post('/api/v1/commendations').send(provincialDraft).expect(201)).body;
    await step('staff08', d.id, 'submit', { version: d.version }).expect(409);
    await step('reviewer', d.id, 'approve', {
      version: d.version,
      ...decision,
      decidingAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang',
    }).expect(403);
    const incomplete = await step('staff08', d.id, 'approve', {
      version: d.version,
      decisionNumber: '',
      decisionDate: '2024-13-01',
    }).expect(400);
    expect([...new Set(incomplete.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
      'decidingAuthority',
      'decisionDate',
      'decisionNumber',
    ]);
    const a = (
      await step('staff08', d.id, 'approve', {
        version: d.version,
        decisionNumber: '1020/QĐ-UBND',
        decisionDate: '2024-05-10',
        decidingAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang',
      }).expect(200)
    ).body;
    expect(a.status).toBe('APPROVED');
    expect((await step('staff08', d.id, 'revoke', { version: a.version, reason: 'Quyết định bị hủy' }).expect(200)).body.status).toBe(
      'REVOKED',
    );
  });

  it('forbidden steps answer 409 with the reason in Vietnamese and change nothing', async () => {
    const c = await propose();
    const before = await tableCounts(t.dataSource);
    for (const [user, action, body] of [
      ['reviewer', 'approve', { version: c.version, ...decision }],
      ['reviewer', 'return', { version: c.version, reason: 'Chưa trình' }],
      ['reviewer', 'revoke', { version: c.version, reason: 'Chưa duyệt' }],
    ] as const) {
      const res = await step(user, c.id, action, body).expect(409);
      expect(res.body).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringMatching(/^Không thể/) });
    }
    // The staff cannot approve their own central proposal, nor a reviewer submit it.
    const s = (await step('staff08', c.id, 'submit', { version: c.version }).expect(200)).body;
    await step('staff08', c.id, 'approve', { version: s.version, ...decision }).expect(403);
    await step('staff08', c.id, 'return', { version: s.version, reason: 'x' }).expect(403);
    await step('reviewer', c.id, 'submit', { version: s.version }).expect(409);
    // A submitted file is with the council: the province cannot edit or delete it.
    await t.as('staff08').patch(`/api/v1/commendations/${c.id}`).send({ version: s.version, citation: 'x' }).expect(409);
    await t.as('staff08').delete(`/api/v1/commendations/${c.id}`).expect(409);
    const after = await tableCounts(t.dataSource);
    // Only the submit went through (one audit entry).
    expect({ ...after, audit_entries: after.audit_entries - 1 }).toEqual(before);
  });

  it('staff cannot record a central-level award as approved', async () => {
    const res = await t
      .as('staff08')
      .post('/api/v1/commendations')
      .send({ ...proposal, ...decision, status: 'APPROVED' })
      .expect(409);
    expect(res.body.code).toBe('CENTRAL_AWARD_NEEDS_PROPOSAL');
  });

  it('two reviewers acting on one proposal with the same version: exactly one wins', async () => {
    const c = await propose();
    const s = (await step('staff08', c.id, 'submit', { version: c.version }).expect(200)).body;
    const results = await Promise.all([
      step('reviewer', c.id, 'approve', { version: s.version, ...decision }),
      step('reviewer', c.id, 'return', { version: s.version, reason: 'Thiếu hồ sơ' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});

describe.each(testEngines())('period submissions and locks on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine)));
  afterAll(() => t?.close());

  const decidedIn = (decisionDate: string) => ({
    recipientKind: 'INDIVIDUAL',
    recipientName: `Lương Văn Khóa ${decisionDate}`,
    provinceCode: '08',
    awardTypeCode: 'GIAY_KHEN',
    kind: 'REGULAR',
    achievementYear: 2023,
    decisionNumber: '55/QĐ-UBND',
    decisionDate,
    decidingAuthority: 'Chủ tịch UBND huyện Sơn Dương',
    status: 'APPROVED',
  });
  const period = '/api/v1/periods/TDMNPB/2024/H1';

  it('staff submit their province; the chair sees who has submitted and when', async () => {
    const before = (await t.as('chairTDMNPB').get(period).expect(200)).body;
    expect(before).toMatchObject({ clusterCode: 'TDMNPB', year: 2024, period: 'H1', locked: false });
    expect(before.provinces).toHaveLength(14);
    expect(before.provinces.every((p: { submitted: boolean }) => !p.submitted)).toBe(true);
    const after = (await t.as('staff08').post(`${period}/submit`).send({ note: 'Đã đủ hồ sơ 6 tháng' }).expect(200)).body;
    // Tuyên Quang after the merger answers for old Tuyên Quang and Hà Giang.
    const submitted = after.provinces
      .filter((p: { submitted: boolean }) => p.submitted)
      .map((p: { provinceName: string }) => p.provinceName);
    expect(submitted.sort()).toEqual(['Hà Giang', 'Tuyên Quang']);
    expect(after.provinces.find((p: { provinceName: string }) => p.provinceName === 'Tuyên Quang')).toMatchObject({
      submittedAt: expect.any(String),
      note: 'Đã đủ hồ sơ 6 tháng',
    });
    await t.as('staff01').post(`${period}/submit`).send({}).expect(403);
    await t.as('chairDBSH').get(period).expect(403);
  });

  it('a locked H1 refuses changes dated in it (409 saying why and who can unlock), but not those after 30 June', async () => {
    const inside = (await t.as('staff08').post('/api/v1/commendations').send(decidedIn('2024-06-30')).expect(201)).body;
    await t.as('staff08').post(`${period}/lock`).send({ reason: 'Chốt số liệu sơ kết' }).expect(403);
    const locked = (await t.as('chairTDMNPB').post(`${period}/lock`).send({ reason: 'Chốt số liệu sơ kết 6 tháng' }).expect(200)).body;
    expect(locked).toMatchObject({ locked: true, lockReason: 'Chốt số liệu sơ kết 6 tháng' });
    await t.as('chairTDMNPB').post(`${period}/lock`).send({ reason: 'Lần nữa' }).expect(409);

    const before = await tableCounts(t.dataSource);
    const create = await t.as('staff08').post('/api/v1/commendations').send(decidedIn('2024-03-15')).expect(409);
    expect(create.body).toMatchObject({ code: 'PERIOD_LOCKED', message: expect.stringContaining('Cụm trưởng có thể mở khóa') });
    await t
      .as('staff08')
      .patch(`/api/v1/commendations/${inside.id}`)
      .send({ version: inside.version, position: 'Trưởng thôn' })
      .expect(409);
    // Moving a record out of the locked period is a change to it too.
    await t
      .as('staff08')
      .patch(`/api/v1/commendations/${inside.id}`)
      .send({ version: inside.version, decisionDate: '2024-07-01' })
      .expect(409);
    expect(await tableCounts(t.dataSource)).toEqual(before);
    await t.as('staff08').post('/api/v1/commendations').send(decidedIn('2024-07-01')).expect(201);
    // Other clusters' provinces are not affected.
    await t
      .as('staff01')
      .post('/api/v1/commendations')
      .send({ ...decidedIn('2024-03-15'), provinceCode: '01', decidingAuthority: 'Chủ tịch UBND quận Ba Đình' })
      .expect(201);

    const unlocked = (await t.as('chairTDMNPB').post(`${period}/unlock`).send({ reason: 'Bổ sung hồ sơ của Hà Giang' }).expect(200)).body;
    expect(unlocked).toMatchObject({ locked: false, lockReason: 'Bổ sung hồ sơ của Hà Giang' });
    await t
      .as('staff08')
      .patch(`/api/v1/commendations/${inside.id}`)
      .send({ version: inside.version, position: 'Trưởng thôn' })
      .expect(200);
    const trail = await t.dataSource.query(`SELECT action FROM audit_entries WHERE entity = 'period_lock' ORDER BY seq`);
    expect(trail.map((r: { action: string }) => r.action)).toEqual(['LOCK', 'UNLOCK']);
  });

  it('a locked whole year (FY) refuses drafts by their achievement year once the province is a member that year', async () => {
    await t.as('chairTDMNPB').post('/api/v1/periods/TDMNPB/2027/FY/lock').send({ reason: 'Tổng kết năm' }).expect(200);
    const draft = {
      ...decidedIn('2027-01-01'),
      status: undefined,
      decisionNumber: undefined,
      decisionDate: undefined,
      decidingAuthority: undefined,
      achievementYear: 2027,
    };
    // 2027 has no membership (the reference data derives 2025 and 2026): without membership, no cluster lock applies.
    await t.as('staff08').post('/api/v1/commendations').send(draft).expect(201);
    await t
      .as('admin')
      .put('/api/v1/clusters/TDMNPB/members/2027')
      .send([{ provinceCode: '08', role: 'CHAIR' }])
      .expect(200);
    const res = await t.as('staff08').post('/api/v1/commendations').send(draft).expect(409);
    expect(res.body.message).toContain('năm 2027');
  });
});
