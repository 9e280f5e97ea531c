import { LISTS_SHEET } from '@tdkt/api/imports';
import { PLEDGE_RESULT_COLUMNS, PLEDGE_RESULT_LAYOUT, PLEDGE_RESULT_SHEET, PledgeResultRow } from '@tdkt/api/pledges';
import { testEngines } from '@tdkt/api/database/testing';
import ExcelJS from 'exceljs';
import { LayoutRow, XLSX, binary, layoutWorkbook, ndjson, validationType } from './fixtures/import-workbook';
import { TestApp, TestUser, createTestApp, tableCounts } from './test-app';

const column = (field: keyof PledgeResultRow) => PLEDGE_RESULT_COLUMNS.find((c) => c.field === field)?.header;
const TC1 = 'Tỷ lệ hồ sơ khen thưởng giải quyết đúng hạn';
const workbook = (rows: LayoutRow<keyof PledgeResultRow>[], header?: string[]) => layoutWorkbook(PLEDGE_RESULT_LAYOUT, rows, header);

describe.each(testEngines())('Excel import of pledge results on %s', (engine) => {
  let t: TestApp;
  let pledgeId: string;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    // 40 criteria, so a file can hold many distinct rows of one province (criterion × period).
    const criteria = [
      { code: 'TC1', name: TC1, unit: '%', targetKind: 'PERCENTAGE', maxScore: 10 },
      { code: 'TC2', name: 'Ban hành kế hoạch triển khai các phong trào thi đua', targetKind: 'YES_NO', maxScore: 10 },
      ...Array.from({ length: 38 }, (_, i) => ({
        code: `N${i + 1}`,
        name: `Chỉ tiêu số lượng ${i + 1}`,
        targetKind: 'NUMBER',
        maxScore: 2,
      })),
    ];
    const res = await t
      .as('chairTDMNPB')
      .post('/api/v1/pledges')
      .send({ clusterCode: 'TDMNPB', year: 2024, signedOn: '2024-03-08', place: 'Tuyên Quang', criteria })
      .expect(201);
    pledgeId = res.body.id;
    url = `/api/v1/pledges/${pledgeId}/results/import`;
  });
  afterAll(() => t?.close());

  const upload = (user: TestUser, file: Buffer, query = '', name = 'ket-qua.xlsx') =>
    t.as(user).post(`${url}${query}`).attach('file', file, { filename: name, contentType: XLSX });
  /** Every criterion × period of Tuyên Quang: up to 80 distinct rows. */
  const many = (n: number): LayoutRow<keyof PledgeResultRow>[] =>
    Array.from({ length: n }, (_, i) => ({
      provinceCode: '08',
      criterionCode: `N${(i % 38) + 1}`,
      period: i < 38 ? '6 tháng đầu năm' : 'Cả năm',
      targetValue: 10 + i,
      actualValue: 9 + i,
    }));

  it('GET /api/v1/pledges/{id}/results/import-template.xlsx → 200 with headers, dropdowns and instructions; 404 outside the cluster', async () => {
    const res = await t
      .as('staff08')
      .get(`/api/v1/pledges/${pledgeId}/results/import-template.xlsx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toContain(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    expect(book.worksheets.map((s) => s.name)).toEqual([PLEDGE_RESULT_SHEET, LISTS_SHEET, 'Hướng dẫn']);
    const sheet = book.getWorksheet(PLEDGE_RESULT_SHEET) as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(PLEDGE_RESULT_COLUMNS.map((c) => c.header));
    for (const field of ['provinceCode', 'criterionCode', 'period'])
      expect(validationType(sheet, PLEDGE_RESULT_LAYOUT, field)).toBe('list');
    expect(validationType(sheet, PLEDGE_RESULT_LAYOUT, 'actualValue')).toBe('decimal');
    const lists = book.getWorksheet(LISTS_SHEET) as ExcelJS.Worksheet;
    // Tuyên Quang's staff get their own member provinces only; the criteria by name.
    expect(lists.getColumn(1).values).toContain('08');
    expect(lists.getColumn(1).values).not.toContain('17');
    expect(lists.getColumn(2).values).toContain(TC1);
    expect(lists.getColumn(3).values).toEqual(expect.arrayContaining(['6 tháng đầu năm', 'Cả năm']));
    await t.as('chairDBSH').get(`/api/v1/pledges/${pledgeId}/results/import-template.xlsx`).expect(404);
    await t.as('staff01').get(`/api/v1/pledges/${pledgeId}/results/import-template.xlsx`).expect(404);
  });

  it('POST /api/v1/pledges/{id}/results/import → 201 writes every row (criteria by name or code, decimal comma, Có/Không); readable and audited once', async () => {
    const before = await tableCounts(t.dataSource);
    const file = await workbook([
      { provinceCode: '08', criterionCode: TC1, period: '6 tháng đầu năm', targetValue: 100, actualValue: '95,5', note: 'Đúng hạn' },
      { provinceCode: 8, criterionCode: 'TC1', period: 'Cả năm', targetValue: 100 },
      { provinceCode: '08', criterionCode: 'tc2', period: 'Cả năm', targetValue: 'Có', actualValue: 'Có' },
    ]);
    const res = await upload('staff08', file).expect(201);
    expect(res.body).toMatchObject({ created: 3, updated: 0, rows: 3, dryRun: false, errors: [] });
    const results = await t.as('staff08').get(`/api/v1/pledges/${pledgeId}/results`).expect(200);
    expect(results.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          provinceCode: '08',
          criterionCode: 'TC1',
          period: 'H1',
          targetValue: 100,
          actualValue: 95.5,
          note: 'Đúng hạn',
        }),
        expect.objectContaining({ provinceCode: '08', criterionCode: 'TC1', period: 'FY', targetValue: 100, actualValue: null }),
        expect.objectContaining({ provinceCode: '08', criterionCode: 'TC2', period: 'FY', targetValue: 1, actualValue: 1 }),
      ]),
    );
    const after = await tableCounts(t.dataSource);
    expect(after.pledge_results - before.pledge_results).toBe(3);
    expect(after.audit_entries - before.audit_entries).toBe(1);
    const [audit] = await t.dataSource.query(`SELECT entity, action, entity_id, after FROM audit_entries ORDER BY seq DESC LIMIT 1`);
    expect(audit).toMatchObject({
      entity: 'pledge_result',
      action: 'IMPORT',
      entity_id: pledgeId,
      after: { rows: 3, file: 'ket-qua.xlsx' },
    });

    // The same keys again replace the values (as PUT does): nothing is doubled.
    const again = await upload(
      'staff08',
      await workbook([{ provinceCode: '08', criterionCode: 'TC1', period: 'Cả năm', actualValue: 97 }]),
    ).expect(201);
    expect(again.body).toMatchObject({ created: 0, updated: 1, valid: [expect.objectContaining({ replaces: true })] });
    expect((await tableCounts(t.dataSource)).pledge_results).toBe(after.pledge_results);
    // The replaced value's before and after are in the audit trail, as PUT writes them, then the import's own entry.
    expect((await tableCounts(t.dataSource)).audit_entries - after.audit_entries).toBe(2);
    const [imported, update] = await t.dataSource.query(
      `SELECT entity, action, entity_id, before, after FROM audit_entries ORDER BY seq DESC LIMIT 2`,
    );
    expect(imported).toMatchObject({ action: 'IMPORT', after: { rows: 1, created: 0, updated: 1 } });
    expect(update).toMatchObject({
      entity: 'pledge_result',
      action: 'UPDATE',
      before: { period: 'FY', targetValue: 100, actualValue: null },
      after: { period: 'FY', targetValue: null, actualValue: 97 },
    });
    expect(update.entity_id).toBe(update.after.id);
    const replaced = await t.as('staff08').get(`/api/v1/pledges/${pledgeId}/results`).expect(200);
    expect(
      replaced.body.find((r: { criterionCode: string; period: string }) => r.criterionCode === 'TC1' && r.period === 'FY'),
    ).toMatchObject({
      actualValue: 97,
      targetValue: null,
    });
  });

  it('POST import with one bad row among 76 → 400 IMPORT_INVALID_ROWS naming its row and column; nothing is written', async () => {
    const data = many(76);
    data[40] = { ...data[40], actualValue: 'khoảng 90' };
    const before = await tableCounts(t.dataSource);
    const res = await upload('staff08', await workbook(data)).expect(400);
    expect(res.body.code).toBe('IMPORT_INVALID_ROWS');
    expect(res.body.errors).toEqual([expect.objectContaining({ row: 42, column: column('actualValue'), code: 'isNumber' })]);
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('POST import?dryRun=true → 200 lists what would be written and every row error, and writes nothing', async () => {
    const before = await tableCounts(t.dataSource);
    const data = [...many(3), { provinceCode: '08', criterionCode: 'TC9', period: 'Quý 1' }];
    const res = await upload('staff08', await workbook(data), '?dryRun=true').expect(200);
    expect(res.body).toMatchObject({ dryRun: true, created: 0, rows: 4 });
    expect(res.body.valid).toHaveLength(3);
    expect(res.body.valid[0]).toMatchObject({
      row: 2,
      provinceCode: '08',
      criterionCode: 'N1',
      period: 'H1',
      targetValue: 10,
      replaces: false,
    });
    expect(res.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [5, column('criterionCode')],
      [5, column('period')],
    ]);
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('POST import reports a province, criterion and period given twice in the file instead of writing it twice', async () => {
    const data = [...many(2), { ...many(1)[0], actualValue: 1 }];
    const res = await upload('staff08', await workbook(data)).expect(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ row: 4, code: 'DUPLICATE', column: column('criterionCode'), message: expect.stringContaining('dòng 2') }),
    ]);
  });

  it('POST import refuses other provinces: another member (403 row error), a non-member, a staff outside the cluster (404) and a non-staff caller (403)', async () => {
    const data = [
      { provinceCode: '17', criterionCode: 'TC1', period: 'Cả năm', actualValue: 1 },
      { provinceCode: '01', criterionCode: 'TC1', period: 'Cả năm', actualValue: 1 },
    ];
    const res = await upload('staff08', await workbook(data)).expect(400);
    expect(res.body.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [2, 'OUT_OF_SCOPE'],
      [3, 'notMember'],
    ]);
    const own = await upload('staff25', await workbook([data[0]]), '?dryRun=true').expect(200);
    expect(own.body).toMatchObject({ valid: [expect.objectContaining({ provinceCode: '17' })], errors: [] });
    await upload('staff01', await workbook(data)).expect(404);
    await upload('chairTDMNPB', await workbook(data)).expect(403);
    await upload('reviewer', await workbook(data)).expect(403);
  });

  it('POST import into a locked period → 409 PERIOD_LOCKED and nothing is written', async () => {
    await t.as('chairTDMNPB').post('/api/v1/periods/TDMNPB/2024/H1/lock').send({ reason: 'Chốt số liệu 6 tháng' }).expect(200);
    try {
      const before = await tableCounts(t.dataSource);
      const res = await upload('staff08', await workbook(many(2))).expect(409);
      expect(res.body.code).toBe('PERIOD_LOCKED');
      expect(res.body.errors).toEqual([
        expect.objectContaining({ row: 2, column: column('period'), code: 'PERIOD_LOCKED' }),
        expect.objectContaining({ row: 3, code: 'PERIOD_LOCKED' }),
      ]);
      expect(await tableCounts(t.dataSource)).toEqual(before);
    } finally {
      await t.as('chairTDMNPB').post('/api/v1/periods/TDMNPB/2024/H1/unlock').send({ reason: 'Mở lại' }).expect(200);
    }
  });

  it('POST import with a wrong header → 400 IMPORT_BAD_HEADER; not xlsx → 415; over 10 MB → 413; no file → 400', async () => {
    const header = PLEDGE_RESULT_COLUMNS.map((c) => c.header);
    header[2] = 'Quý';
    const bad = await upload('staff08', await workbook(many(1), header)).expect(400);
    expect(bad.body).toMatchObject({ code: 'IMPORT_BAD_HEADER', message: expect.stringContaining(`cột 3 phải là "${column('period')}"`) });
    const csv = await upload('staff08', Buffer.from('Mã tỉnh,Tiêu chí\n08,TC1\n'), '', 'ket-qua.csv').expect(415);
    expect(csv.body.code).toBe('IMPORT_UNSUPPORTED_TYPE');
    const big = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(10 * 1024 * 1024 + 1)]);
    expect((await upload('staff08', big).expect(413)).body.code).toBe('IMPORT_TOO_LARGE');
    await t.as('staff08').post(url).field('note', 'x').expect(400);
  });

  it('POST import?progress=true → 200 NDJSON progress events, then the result', async () => {
    const res = await upload('staff08', await workbook(many(10)), '?progress=true&dryRun=true')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const events = ndjson(res.body);
    expect(events.filter((e) => e.type === 'progress').length).toBeGreaterThanOrEqual(2);
    expect(events.at(-1)).toMatchObject({ type: 'result', result: { dryRun: true, rows: 10 } });
  });
});
