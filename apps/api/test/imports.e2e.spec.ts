import { COMMENDATION_COLUMNS, COMMENDATION_SHEET } from '@tdkt/api/commendations';
import { LISTS_SHEET } from '@tdkt/api/imports';
import { testEngines } from '@tdkt/api/database/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { GOOD_ROW, SheetRow, commendationWorkbook, readRows } from './fixtures/commendation-workbook';
import { TestApp, TestUser, createTestApp, tableCounts } from './test-app';

const IMPORT = '/api/v1/commendations/import';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Collects a binary answer (supertest parses only text types by default). */
function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

const column = (field: string) => COMMENDATION_COLUMNS.find((c) => c.field === field)?.header;

describe.each(testEngines())('Excel import and export of commendations on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine)));
  afterAll(() => t?.close());

  const upload = (user: TestUser, file: Buffer, query = '', name = 'khen-thuong.xlsx') =>
    t.as(user).post(`${IMPORT}${query}`).attach('file', file, { filename: name, contentType: XLSX });
  const exportAs = (user: TestUser, query = '') => t.as(user).get(`/api/v1/commendations/export.xlsx${query}`).buffer(true).parse(binary);
  const rows = (n: number, from = 0): SheetRow[] =>
    Array.from({ length: n }, (_, i) => ({
      ...GOOD_ROW,
      recipientName: `Người nhận ${from + i}`,
      decisionNumber: `${from + i + 1}/QĐ-UBND`,
    }));

  it('GET /api/v1/commendations/import-template.xlsx → 200 with headers, dropdowns, instructions and date format', async () => {
    const res = await t.as('staff08').get('/api/v1/commendations/import-template.xlsx').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([COMMENDATION_SHEET, LISTS_SHEET, 'Hướng dẫn']);
    const sheet = workbook.getWorksheet(COMMENDATION_SHEET) as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(COMMENDATION_COLUMNS.map((c) => c.header));
    const letter = (field: string) => sheet.getColumn(COMMENDATION_COLUMNS.findIndex((c) => c.field === field) + 1).letter;
    // exceljs reads range validations back cell by cell.
    const validation = (field: string) =>
      (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model[
        `${letter(field)}2`
      ];
    for (const field of ['awardTypeCode', 'recipientKind', 'recipientClass', 'kind', 'provinceCode'])
      expect(validation(field)?.type).toBe('list');
    expect(sheet.getCell(`${letter('decisionDate')}2`).numFmt).toBe('dd/mm/yyyy');
    const lists = workbook.getWorksheet(LISTS_SHEET) as ExcelJS.Worksheet;
    const provinceList = lists.getColumn(8).values.slice(2);
    // Tuyên Quang's staff hold old Hà Giang's records too.
    expect(provinceList).toEqual(['02', '08']);
    expect(lists.getColumn(1).values).toContain('Bằng khen của Chủ tịch UBND tỉnh (Bộ, ban, ngành, tỉnh)');
  });

  it('POST /api/v1/commendations/import → 201 creates every row; the records are readable and the import is audited once', async () => {
    const before = await tableCounts(t.dataSource);
    const file = await commendationWorkbook([
      GOOD_ROW,
      // Award by code, date as dd/mm/yyyy text, province code typed as a number.
      {
        ...GOOD_ROW,
        recipientName: 'Trần Văn Bình',
        gender: 'Nam',
        awardTypeCode: 'BANG_KHEN_TINH',
        decisionDate: '15/03/2024',
        provinceCode: 8,
      },
      // A central award is imported as a draft proposal.
      {
        recipientKind: 'Tập thể',
        recipientName: 'Trường THPT Chuyên Tuyên Quang',
        provinceCode: '08',
        awardTypeCode: 'Huân chương Lao động hạng Ba',
        kind: 'Thường xuyên',
        achievementYear: 2024,
        status: 'Nháp',
      },
    ]);
    const res = await upload('staff08', file).expect(201);
    expect(res.body).toMatchObject({ created: 3, rows: 3, dryRun: false, errors: [] });
    const list = await t.as('staff08').get('/api/v1/commendations?q=tran van binh').expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        recipientName: 'Trần Văn Bình',
        decisionDate: '2024-03-15',
        provinceCode: '08',
        awardTypeCode: 'BANG_KHEN_TINH',
        status: 'APPROVED',
      }),
    ]);
    const draft = await t.as('staff08').get('/api/v1/commendations?q=chuyen tuyen quang').expect(200);
    expect(draft.body.items[0]).toMatchObject({ status: 'DRAFT', recipientKind: 'COLLECTIVE', awardTypeCode: 'HUAN_CHUONG_LAO_DONG_3' });
    const after = await tableCounts(t.dataSource);
    expect(after.commendations - before.commendations).toBe(3);
    expect(after.audit_entries - before.audit_entries).toBe(1);
    const [audit] = await t.dataSource.query(`SELECT action, after FROM audit_entries ORDER BY seq DESC LIMIT 1`);
    expect(audit).toMatchObject({ action: 'IMPORT', after: { rows: 3, file: 'khen-thuong.xlsx' } });
  });

  it('POST import runs the eligibility rules on the imported records: the same findings as a single create', async () => {
    // A decision dated before its achievement year is recorded, and flagged (R-DECISION-AFTER-ACHIEVEMENT).
    const early = { achievementYear: 2025, decisionDate: '2024-06-30' };
    const imported = await upload(
      'staff08',
      await commendationWorkbook([{ ...GOOD_ROW, ...early, recipientName: 'Hoàng Văn Nhập', decisionNumber: '901/QĐ-UBND' }]),
    ).expect(201);
    expect(imported.body.created).toBe(1);
    const created = await t
      .as('staff08')
      .post('/api/v1/commendations')
      .send({
        recipientKind: 'INDIVIDUAL',
        recipientName: 'Hoàng Văn Tạo',
        provinceCode: '08',
        awardTypeCode: 'BANG_KHEN_TINH',
        kind: 'REGULAR',
        decisionNumber: '902/QĐ-UBND',
        decidingAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang',
        status: 'APPROVED',
        ...early,
      })
      .expect(201);
    const importedId = (await t.as('staff08').get('/api/v1/commendations?q=hoang van nhap').expect(200)).body.items[0].id;
    const rules = async (id: string) =>
      (
        (await t.as('staff08').get(`/api/v1/commendations/${id}/findings`).expect(200)).body.findings as Array<{
          ruleId: string;
          status: string;
        }>
      )
        .filter((f) => f.status === 'OPEN')
        .map((f) => f.ruleId)
        .sort();
    const viaImport = await rules(importedId);
    expect(viaImport).toContain('R-DECISION-AFTER-ACHIEVEMENT');
    expect(viaImport).toEqual(await rules(created.body.id));
  });

  it('POST import with one bad row among 500 → 400 IMPORT_INVALID_ROWS naming its row and column; nothing is written', async () => {
    const data = rows(500, 1000);
    data[249] = { ...data[249], decisionDate: '31/02/2024' };
    const before = await tableCounts(t.dataSource);
    const res = await upload('staff08', await commendationWorkbook(data)).expect(400);
    expect(res.body.code).toBe('IMPORT_INVALID_ROWS');
    // Row 1 is the header: the 250th data row is spreadsheet row 251.
    expect(res.body.errors).toEqual([
      expect.objectContaining({ row: 251, column: 'Ngày quyết định', message: expect.stringContaining('dd/mm/yyyy') }),
    ]);
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('POST import?dryRun=true → 200 lists what would be created and every row error, and writes nothing', async () => {
    const before = await tableCounts(t.dataSource);
    const data = [
      ...rows(3, 2000),
      { ...GOOD_ROW, recipientName: 'Lò Văn Páo', recipientKind: 'Hộ gia đình', awardTypeCode: 'Chiến sĩ thi đua cơ sở' },
    ];
    const res = await upload('staff08', await commendationWorkbook(data), '?dryRun=true').expect(200);
    expect(res.body).toMatchObject({ dryRun: true, created: 0, rows: 4 });
    expect(res.body.valid).toHaveLength(3);
    expect(res.body.valid[0]).toMatchObject({
      row: 2,
      recipientName: 'Người nhận 2000',
      awardTypeCode: 'BANG_KHEN_TINH',
      provinceCode: '08',
      status: 'APPROVED',
    });
    // A household cannot receive an individual's title, and household rows carry no gender or class.
    expect(res.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [5, column('recipientKind')],
      [5, column('recipientClass')],
      [5, column('gender')],
    ]);
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('POST import reports duplicates within the file and against existing records instead of doubling them', async () => {
    const res = await upload('staff08', await commendationWorkbook([GOOD_ROW, ...rows(1, 3000), ...rows(1, 3000)]), '?dryRun=true').expect(
      200,
    );
    expect(res.body.errors).toEqual([
      expect.objectContaining({ row: 2, code: 'DUPLICATE', column: column('recipientName') }),
      expect.objectContaining({ row: 4, code: 'DUPLICATE', message: expect.stringContaining('dòng 3') }),
    ]);
  });

  it('POST import applies the single-create rules: central award as decided, another province, and a non-staff caller', async () => {
    const data = [
      { ...GOOD_ROW, recipientName: 'A', awardTypeCode: 'Huân chương Lao động hạng Ba' },
      { ...GOOD_ROW, recipientName: 'B', provinceCode: '01' },
      { ...GOOD_ROW, recipientName: 'C', decisionNumber: 'không số' },
    ];
    const res = await upload('staff08', await commendationWorkbook(data)).expect(400);
    expect(res.body.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [2, 'CENTRAL_AWARD_NEEDS_PROPOSAL'],
      [3, 'OUT_OF_SCOPE'],
      [4, 'decisionNumberFormat'],
    ]);
    await upload('reviewer', await commendationWorkbook([GOOD_ROW])).expect(403);
  });

  it('POST import into a locked period → 409 PERIOD_LOCKED and nothing is written', async () => {
    await t.as('chairTDMNPB').post('/api/v1/periods/TDMNPB/2024/H1/lock').send({ reason: 'Chốt số liệu 6 tháng' }).expect(200);
    try {
      const before = await tableCounts(t.dataSource);
      const res = await upload('staff08', await commendationWorkbook(rows(2, 4000))).expect(409);
      expect(res.body.code).toBe('PERIOD_LOCKED');
      expect(res.body.errors).toHaveLength(2);
      expect(await tableCounts(t.dataSource)).toEqual(before);
    } finally {
      await t.as('chairTDMNPB').post('/api/v1/periods/TDMNPB/2024/H1/unlock').send({ reason: 'Mở lại' }).expect(200);
    }
  });

  it('POST import with a wrong header row → 400 IMPORT_BAD_HEADER naming the column', async () => {
    const header = COMMENDATION_COLUMNS.map((c) => c.header);
    header[1] = 'Tên';
    const res = await upload('staff08', await commendationWorkbook([GOOD_ROW], header)).expect(400);
    expect(res.body).toMatchObject({ code: 'IMPORT_BAD_HEADER', message: expect.stringContaining('cột 2 phải là "Họ tên / Tên tập thể"') });
  });

  it('POST import of a non-xlsx file or a non-multipart body → 415 IMPORT_UNSUPPORTED_TYPE', async () => {
    const csv = await upload('staff08', Buffer.from('Đối tượng,Họ tên\nCá nhân,A\n'), '', 'khen-thuong.csv').expect(415);
    expect(csv.body.code).toBe('IMPORT_UNSUPPORTED_TYPE');
    // A zip that is not a workbook.
    await upload('staff08', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4])).expect(415);
    await t.as('staff08').post(IMPORT).send({ file: 'x' }).expect(415);
  });

  it('POST import without a file → 400; over 10 MB → 413 IMPORT_TOO_LARGE', async () => {
    await t.as('staff08').post(IMPORT).field('note', 'x').expect(400);
    const big = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const res = await upload('staff08', big).expect(413);
    expect(res.body.code).toBe('IMPORT_TOO_LARGE');
  });

  it('POST import?progress=true → 200 NDJSON progress events, then the result', async () => {
    const res = await upload('staff08', await commendationWorkbook(rows(1500, 5000)), '?progress=true&dryRun=true')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const events = res.body
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l: string) => JSON.parse(l));
    expect(events.filter((e: { type: string }) => e.type === 'progress').length).toBeGreaterThanOrEqual(2);
    expect(events.at(-1)).toMatchObject({ type: 'result', result: { dryRun: true, rows: 1500 } });
    // The 200 has gone out before the outcome is known: a refusal arrives as the last line.
    const header = COMMENDATION_COLUMNS.map((c) => c.header).reverse();
    const refused = await upload('staff08', await commendationWorkbook([GOOD_ROW], header), '?progress=true')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(JSON.parse(refused.body.toString('utf8').trim().split('\n').at(-1))).toMatchObject({
      type: 'error',
      statusCode: 400,
      code: 'IMPORT_BAD_HEADER',
    });
  });

  it('the commendations entity matches its migrations (imported flag and the unique index on imported duplicates)', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query).filter((q) => q.includes('imported'))).toEqual([]);
    const [row] = await t.dataSource.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'commendations_import_duplicate_uq'`);
    expect(row.indexdef).toContain('UNIQUE');
  });

  (engine === 'postgres' ? it : it.skip)(
    'POST import that loses the race to another import of the same rows → 409 IMPORT_CONFLICT; nothing is doubled (PostgreSQL)',
    async () => {
      const data = rows(3, 6000);
      const file = await commendationWorkbook(data);
      // Another import's uncommitted rows: this import's checks cannot see them, so it reaches its INSERT and waits there.
      const [province] = await t.dataSource.query(
        `SELECT id FROM provinces WHERE code = '08' AND valid_from IS NULL AND valid_to IS NOT NULL`,
      );
      const [award] = await t.dataSource.query(`SELECT id FROM award_types WHERE code = 'BANG_KHEN_TINH'`);
      const other = t.dataSource.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      try {
        await other.query(
          `INSERT INTO commendations (recipient_kind, recipient_name, province_id, award_type_id, kind, decision_number, decision_date,
             deciding_authority, status, search_text, imported, version)
           VALUES ('INDIVIDUAL', $1, $2, $3, 'REGULAR', $4, '2024-06-30', 'Chủ tịch UBND tỉnh', 'APPROVED', '', true, 1)`,
          [data[1].recipientName, province.id, award.id, data[1].decisionNumber],
        );
        const pending = upload('staff08', file).then((r) => r);
        for (let i = 0; i < 200; i++) {
          const [waiting] = await t.dataSource.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          if (waiting.n > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await other.commitTransaction();
        const res = await pending;
        expect(res.status).toBe(409);
        expect(res.body).toMatchObject({ code: 'IMPORT_CONFLICT', message: expect.stringContaining('Một lần nhập khác') });
      } finally {
        if (other.isTransactionActive) await other.rollbackTransaction();
        await other.release();
      }
      const [count] = await t.dataSource.query(`SELECT count(*)::int AS n FROM commendations WHERE recipient_name LIKE 'Người nhận 600_'`);
      expect(count.n).toBe(1);
    },
  );

  (engine === 'postgres' ? it : it.skip)(
    'two simultaneous imports of the same file: one 201, the other refused; no row is doubled (PostgreSQL)',
    async () => {
      const file = await commendationWorkbook(rows(300, 7000));
      const results = await Promise.all([upload('staff08', file), upload('staff08', file)]);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses[0]).toBe(201);
      const loser = results.find((r) => r.status !== 201) as request.Response;
      // One import per user: usually the second is refused before it reads the file (409 IMPORT_IN_PROGRESS). Should it
      // start after the first ended, the index refuses it (409 IMPORT_CONFLICT) or it is told about every duplicate row (400).
      if (loser.status === 409) expect(['IMPORT_IN_PROGRESS', 'IMPORT_CONFLICT']).toContain(loser.body.code);
      else expect(loser.body.errors.every((e: { code: string }) => e.code === 'DUPLICATE')).toBe(true);
      const [count] = await t.dataSource.query(`SELECT count(*)::int AS n FROM commendations WHERE recipient_name LIKE 'Người nhận 7___'`);
      expect(count.n).toBe(300);
    },
  );

  it('GET /api/v1/commendations/export.xlsx → 200 with the list filters and scope; export → import into an empty province reproduces the records', async () => {
    const exported = await exportAs('staff08', '?year=2024').expect(200);
    expect(exported.headers['content-type']).toContain(XLSX);
    const source = await readRows(exported.body);
    const listed = await t.as('staff08').get('/api/v1/commendations?year=2024&pageSize=200').expect(200);
    expect(source).toHaveLength(listed.body.total);
    expect(source.length).toBeGreaterThanOrEqual(3);
    // Hà Nội's staff see none of Tuyên Quang's records.
    expect(await readRows((await exportAs('staff01').expect(200)).body)).toEqual([]);

    // The same rows, moved to Hà Nội (01), which holds no records yet.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.body);
    const sheet = workbook.getWorksheet(COMMENDATION_SHEET) as ExcelJS.Worksheet;
    const provinceColumn = COMMENDATION_COLUMNS.findIndex((c) => c.field === 'provinceCode') + 1;
    sheet.eachRow((row, n) => {
      if (n > 1) row.getCell(provinceColumn).value = '01';
    });
    const moved = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload('staff01', moved).expect(201);
    expect(res.body.created).toBe(source.length);

    const again = await readRows((await exportAs('staff01', '?year=2024').expect(200)).body);
    const withoutProvince = (r: string[]) => r.filter((_, i) => i !== provinceColumn - 1);
    const sorted = (all: string[][]) => all.map(withoutProvince).sort((a, b) => a.join('|').localeCompare(b.join('|')));
    expect(sorted(again)).toEqual(sorted(source));
    expect(new Set(again.map((r) => r[provinceColumn - 1]))).toEqual(new Set(['01']));
  });
});
