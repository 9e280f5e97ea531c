import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, createTestApp } from './test-app';

interface Finding {
  id: string;
  commendationId: string;
  ruleId: string;
  severity: string;
  status: string;
  explanation: string;
  recipientName: string;
  provinceCode: string;
  evidenceIds: string[];
  evidenceNeeded: string[];
  version: number;
}

/** Error-severity rules and the demo recipient (chains.ts, proposals.ts) each must catch. */
const TRUE_POSITIVES: Array<[string, string, string]> = [
  ['R-CSTD-TINH-CHAIN', 'Giàng Seo Phử', 'tìm thấy 2021 và 2023, thiếu 2022'],
  ['R-CSTD-TQ-CHAIN', 'Hà Thị Ngân', 'tìm thấy 2023'],
  ['R-CSTD-CS-LDTT', 'Cầm Thị Uyên', 'chưa có bản ghi Lao động tiên tiến năm 2023'],
  ['R-ONE-ACHIEVEMENT', 'Bùi Thị Thơm', 'năm thành tích 2023 đã có một bản ghi khác cho cùng người nhận'],
  ['R-AUTHORITY', 'Vàng A Dình', 'Chủ tịch UBND huyện Bát Xát'],
  ['R-CO-CP-ONE-PER-CLUSTER', 'Ủy ban nhân dân tỉnh Yên Bái', 'Ủy ban nhân dân tỉnh Lào Cai'],
  ['R-DECISION-AFTER-ACHIEVEMENT', 'Nông Văn Thạch', 'có trước năm thành tích 2024'],
];

describe.each(testEngines())('findings on the demo data, %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { demoData: true });
    atFirstStart = (await t.as('reviewer').get('/api/v1/findings').query({ status: 'OPEN', pageSize: 1 }).expect(200)).body.total;
    for (const year of [2023, 2024])
      reruns.push((await t.as('reviewer').post('/api/v1/findings/run').send({ clusterCode: 'TDMNPB', year }).expect(200)).body);
  });
  let atFirstStart = 0;
  const reruns: { opened: number; cleared: number }[] = [];

  it('a fresh demo install already holds its findings: computed once at the first start, so a re-run opens nothing new', () => {
    expect(atFirstStart).toBeGreaterThanOrEqual(TRUE_POSITIVES.length);
    expect(reruns.map((r) => [r.opened, r.cleared])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
  afterAll(() => t?.close());

  const all = async (user: Parameters<TestApp['as']>[0], query: object = {}): Promise<Finding[]> => {
    const items: Finding[] = [];
    for (let page = 1; ; page++) {
      const body = (
        await t
          .as(user)
          .get('/api/v1/findings')
          .query({ pageSize: 200, page, ...query })
          .expect(200)
      ).body;
      items.push(...body.items);
      if (items.length >= body.total || !body.items.length) return items;
    }
  };

  it('GET /api/v1/rules → 200 with every rule, its basis, severity and dates', async () => {
    const rules = (await t.as('staff08').get('/api/v1/rules').expect(200)).body;
    expect(rules).toHaveLength(24);
    expect(rules.find((r: { id: string }) => r.id === 'R-AUTHORITY')).toMatchObject({
      severity: 'ERROR',
      basis: expect.stringContaining('Nghị định 129/2025'),
      validFrom: '2024-01-01',
    });
    expect(rules.find((r: { id: string }) => r.id === 'R-RECIPIENT-KIND').severity).toBe('BLOCKING');
  });

  it('POST /api/v1/findings/run → one true positive per error rule, with readable explanations, and none on the valid chains', async () => {
    const open = await all('reviewer', { status: 'OPEN' });
    for (const [ruleId, recipient, text] of TRUE_POSITIVES) {
      const hit = open.find((f) => f.ruleId === ruleId && f.recipientName === recipient);
      expect({ ruleId, explanation: hit?.explanation }).toEqual({ ruleId, explanation: expect.stringContaining(text) });
      // A missing LĐTT record is missing evidence (a warning), not a breach (issue #17).
      expect(hit?.severity).toBe(ruleId === 'R-CSTD-CS-LDTT' ? 'WARNING' : 'ERROR');
      // A missing LĐTT has no record to point at; every other rule names the records it used.
      if (ruleId !== 'R-CSTD-CS-LDTT') expect(hit?.evidenceIds.length).toBeGreaterThan(0);
    }
    for (const name of ['Ma Thị Hường', 'Đinh Văn Thành', 'Lăng Văn Kiên', 'Nguyễn Thị Thu Hằng', 'Lò Văn Khánh']) {
      expect(open.filter((f) => f.recipientName === name && f.severity === 'ERROR')).toEqual([]);
    }
    // His certificate passes its anyOf on two CSTĐCS; warnings elsewhere name the evidence to look for instead.
    expect(open.find((f) => f.ruleId === 'R-BK-TINH-INDIV' && f.recipientName === 'Vàng A Dình')).toBeUndefined();
    const warning = open.find((f) => f.ruleId === 'R-BK-TINH-INDIV');
    expect(warning).toMatchObject({
      severity: 'WARNING',
      evidenceNeeded: expect.arrayContaining([expect.stringContaining('hoàn thành xuất sắc')]),
    });
    // Government flags: only the two cluster leaders of 2023 clash; unit flags (Art. 25.1) are not capped.
    const flags = open.filter((f) => f.ruleId === 'R-CO-CP-ONE-PER-CLUSTER').map((f) => f.recipientName);
    expect(flags.sort()).toEqual(['Ủy ban nhân dân tỉnh Lào Cai', 'Ủy ban nhân dân tỉnh Yên Bái']);
  });

  it('POST /api/v1/findings/run again → nothing opened, changed or cleared (idempotent)', async () => {
    const before = await t.dataSource.query(`SELECT id, version, status FROM findings ORDER BY id`);
    const again = (await t.as('reviewer').post('/api/v1/findings/run').send({ clusterCode: 'TDMNPB', year: 2024 }).expect(200)).body;
    expect(again).toMatchObject({ opened: 0, updated: 0, cleared: 0 });
    expect(again.checked).toBeGreaterThan(100);
    expect(await t.dataSource.query(`SELECT id, version, status FROM findings ORDER BY id`)).toEqual(before);
  });

  it('POST /api/v1/findings/run → 400 without exactly one of cluster and province, 403 for another province’s staff', async () => {
    await t.as('reviewer').post('/api/v1/findings/run').send({ year: 2024 }).expect(400);
    await t.as('reviewer').post('/api/v1/findings/run').send({ clusterCode: 'TDMNPB', provinceCode: '08', year: 2024 }).expect(400);
    await t.as('staff01').post('/api/v1/findings/run').send({ provinceCode: '08', year: 2024 }).expect(403);
    const own = (await t.as('staff08').post('/api/v1/findings/run').send({ provinceCode: '08', year: 2024 }).expect(200)).body;
    expect(own).toMatchObject({ opened: 0, cleared: 0 });
  });

  it('GET /api/v1/findings → staff see only their province’s findings; another province’s are hidden (list and 404)', async () => {
    expect(await all('staff01', { clusterCode: 'TDMNPB' })).toEqual([]);
    const own = await all('staff08');
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((f) => f.provinceCode))).toEqual(new Set(['08', '02']));
    const other = (await all('reviewer', { ruleId: 'R-CSTD-TINH-CHAIN' })).find((f) => f.recipientName === 'Giàng Seo Phử') as Finding;
    await t.as('staff08').get(`/api/v1/commendations/${other.commendationId}/findings`).expect(404);
    const chair = await all('chairTDMNPB', { year: 2024, severity: 'ERROR' });
    expect(chair.some((f) => f.id === other.id)).toBe(true);
  });

  it('GET /api/v1/findings/summary → counts per cluster and province inside the scope', async () => {
    const reviewer = (await t.as('reviewer').get('/api/v1/findings/summary').query({ year: 2024 }).expect(200)).body;
    const tdmnpb = reviewer.byCluster.find((r: { code: string }) => r.code === 'TDMNPB');
    expect(tdmnpb.errors).toBeGreaterThan(0);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM findings WHERE year = 2024 AND status = 'OPEN'`);
    expect(reviewer.byProvince.reduce((s: number, r: { open: number }) => s + r.open, 0)).toBe(n);
    const outsider = (await t.as('staff01').get('/api/v1/findings/summary').query({ year: 2024 }).expect(200)).body;
    expect(outsider).toEqual({ byCluster: [], byProvince: [], byRule: [] });
  });

  it('PATCH /api/v1/findings/:id → 403 for staff, 200 for a reviewer’s confirm and clear (audited), 409 on a stale version', async () => {
    const open = await all('reviewer', { status: 'OPEN', severity: 'ERROR', year: 2024 });
    const [a, b] = open;
    await t
      .as('staff08')
      .patch(`/api/v1/findings/${a.id}`)
      .send({ status: 'CLEARED', comment: 'Đã bổ sung', version: a.version })
      .expect(403);
    await t.as('reviewer').patch(`/api/v1/findings/${a.id}`).send({ status: 'OPEN', comment: 'x', version: a.version }).expect(400);
    await t.as('reviewer').patch(`/api/v1/findings/${a.id}`).send({ status: 'CONFIRMED', version: a.version }).expect(400);
    const confirmed = (
      await t
        .as('reviewer')
        .patch(`/api/v1/findings/${a.id}`)
        .send({ status: 'CONFIRMED', comment: 'Thiếu thành tích năm giữa', version: a.version })
        .expect(200)
    ).body;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', comment: 'Thiếu thành tích năm giữa', version: a.version + 1 });
    await t.as('reviewer').patch(`/api/v1/findings/${a.id}`).send({ status: 'CLEARED', comment: 'x', version: a.version }).expect(409);
    await t
      .as('reviewer')
      .patch(`/api/v1/findings/${b.id}`)
      .send({ status: 'CLEARED', comment: 'Hồ sơ có minh chứng kèm theo', version: b.version })
      .expect(200);
    await t
      .as('reviewer')
      .patch('/api/v1/findings/00000000-0000-4000-8000-000000000000')
      .send({ status: 'CLEARED', comment: 'x', version: 1 })
      .expect(404);
    const trail = (await t.as('reviewer').get('/api/v1/audit').query({ entity: 'finding', entityId: a.id }).expect(200)).body;
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual(['CONFIRM']);
    expect(trail.items[0].after).toMatchObject({ status: 'CONFIRMED', comment: 'Thiếu thành tích năm giữa' });
    const cleared = (await t.as('reviewer').get('/api/v1/audit').query({ entity: 'finding', entityId: b.id }).expect(200)).body;
    expect(cleared.items.map((e: { action: string }) => e.action)).toEqual(['CLEAR']);
    // A re-run keeps the reviewer's decisions while the facts read the same.
    await t.as('reviewer').post('/api/v1/findings/run').send({ clusterCode: 'TDMNPB', year: 2024 }).expect(200);
    const [row] = await t.dataSource.query(`SELECT status FROM findings WHERE id = $1`, [b.id]);
    expect(row.status).toBe('CLEARED');
  });

  it('POST /api/v1/commendations → 201 and the rules run on save; history follows a merged province', async () => {
    // Ma Thị Hường's CSTĐ tỉnh 2023 was decided by old Tuyên Quang; today's Tuyên Quang (08) holds her new proposal.
    const c = (
      await t
        .as('staff08')
        .post('/api/v1/commendations')
        .send({
          recipientKind: 'INDIVIDUAL',
          recipientName: 'MA THI HUONG',
          organization: 'Sở Nội vụ tỉnh Tuyên Quang',
          provinceCode: '08',
          gender: 'FEMALE',
          recipientClass: 'MANAGER',
          awardTypeCode: 'CSTD_TOAN_QUOC',
          kind: 'REGULAR',
          achievementYear: 2026,
        })
        .expect(201)
    ).body;
    const view = (await t.as('staff08').get(`/api/v1/commendations/${c.id}/findings`).expect(200)).body;
    const chain = view.findings.find((f: Finding) => f.ruleId === 'R-CSTD-TQ-CHAIN');
    expect(chain).toMatchObject({ status: 'OPEN', severity: 'ERROR' });
    expect(chain.explanation).toContain('tìm thấy 2023');
    const matched = view.matches
      .filter((m: { decision: string }) => m.decision === 'AUTO')
      .map((m: { awardTypeCode: string; achievementYear: number }) => `${m.awardTypeCode}:${m.achievementYear}`);
    expect(matched).toContain('CSTD_TINH:2023');
    expect(matched).toContain('CSTD_CO_SO:2021');
  });

  it('POST /api/v1/commendations → a finding opened on save clears when the missing record is added (re-run over the history)', async () => {
    const person = {
      recipientKind: 'INDIVIDUAL',
      recipientName: 'Nông Văn Tâm',
      organization: 'UBND huyện Chiêm Hóa',
      provinceCode: '08',
      gender: 'MALE',
      recipientClass: 'OTHER',
      kind: 'REGULAR',
      achievementYear: 2026,
    };
    const cs = (
      await t
        .as('staff08')
        .post('/api/v1/commendations')
        .send({ ...person, awardTypeCode: 'CSTD_CO_SO' })
        .expect(201)
    ).body;
    const rule = async () =>
      (await t.as('staff08').get(`/api/v1/commendations/${cs.id}/findings`).expect(200)).body.findings.find(
        (f: Finding) => f.ruleId === 'R-CSTD-CS-LDTT',
      );
    expect(await rule()).toMatchObject({
      status: 'OPEN',
      explanation: expect.stringContaining('chưa có bản ghi Lao động tiên tiến năm 2026'),
    });
    await t
      .as('staff08')
      .post('/api/v1/commendations')
      .send({ ...person, recipientName: 'nông văn tâm', awardTypeCode: 'LAO_DONG_TIEN_TIEN' })
      .expect(201);
    expect(await rule()).toMatchObject({ status: 'CLEARED', explanation: expect.stringContaining('Có Lao động tiên tiến năm 2026') });
  });

  it('PUT /api/v1/commendations/:id/matches/:matchedId → a reviewer rejects a match and the duplicate finding clears (audited)', async () => {
    const dup = (await all('reviewer', { ruleId: 'R-ONE-ACHIEVEMENT' })).find((f) => f.recipientName === 'Bùi Thị Thơm') as Finding;
    const other = dup.evidenceIds[0];
    await t.as('staff25').put(`/api/v1/commendations/${dup.commendationId}/matches/${other}`).send({ decision: 'REJECTED' }).expect(403);
    const view = (
      await t
        .as('reviewer')
        .put(`/api/v1/commendations/${dup.commendationId}/matches/${other}`)
        .send({ decision: 'REJECTED', comment: 'Hai người trùng tên ở hai trường khác nhau' })
        .expect(200)
    ).body;
    expect(view.findings.find((f: Finding) => f.ruleId === 'R-ONE-ACHIEVEMENT')?.status).toBe('CLEARED');
    expect(view.matches.find((m: { commendationId: string }) => m.commendationId === other)?.decision).toBe('REJECTED');
    const trail = (await t.as('reviewer').get('/api/v1/audit').query({ entity: 'recipient_match' }).expect(200)).body;
    expect(trail.items[0]).toMatchObject({ action: 'REJECT' });
  });
});
