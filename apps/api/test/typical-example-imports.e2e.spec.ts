import { LISTS_SHEET } from '@tdkt/api/imports';
import { TYPICAL_EXAMPLE_COLUMNS, TYPICAL_EXAMPLE_LAYOUT, TYPICAL_EXAMPLE_SHEET, TypicalExampleRow } from '@tdkt/api/typical-examples';
import { testEngines } from '@tdkt/api/database/testing';
import ExcelJS from 'exceljs';
import { LayoutRow, XLSX, binary, layoutWorkbook, ndjson, validationType } from './fixtures/import-workbook';
import { TestApp, TestUser, createTestApp, tableCounts } from './test-app';

const IMPORT = '/api/v1/typical-examples/import';
const TEMPLATE = '/api/v1/typical-examples/import-template.xlsx';
const column = (field: keyof TypicalExampleRow) => TYPICAL_EXAMPLE_COLUMNS.find((c) => c.field === field)?.header;
const workbook = (rows: LayoutRow<keyof TypicalExampleRow>[], header?: string[]) => layoutWorkbook(TYPICAL_EXAMPLE_LAYOUT, rows, header);

const GOOD: LayoutRow<keyof TypicalExampleRow> = {
  recipientKind: 'Cá nhân',
  name: 'Hoàng Thị Mai',
  provinceCode: '08',
  honouredOn: new Date(Date.UTC(2024, 6, 29)),
  story: 'Nhiều năm liền dạy học ở điểm trường vùng cao',
};

describe.each(testEngines())('Excel import of typical examples on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine)));
  afterAll(() => t?.close());

  const upload = (user: TestUser, file: Buffer, query = '', name = 'dien-hinh.xlsx') =>
    t.as(user).post(`${IMPORT}${query}`).attach('file', file, { filename: name, contentType: XLSX });
  const rows = (n: number, from = 0): LayoutRow<keyof TypicalExampleRow>[] =>
    Array.from({ length: n }, (_, i) => ({
      ...GOOD,
      name: `Điển hình ${from + i}`,
      honouredOn: new Date(Date.UTC(2024, 7, 1 + (i % 28))),
    }));

  it('GET /api/v1/typical-examples/import-template.xlsx → 200 with headers, dropdowns, instructions and date format', async () => {
    const res = await t.as('staff08').get(TEMPLATE).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    expect(book.worksheets.map((s) => s.name)).toEqual([TYPICAL_EXAMPLE_SHEET, LISTS_SHEET, 'Hướng dẫn']);
    const sheet = book.getWorksheet(TYPICAL_EXAMPLE_SHEET) as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(TYPICAL_EXAMPLE_COLUMNS.map((c) => c.header));
    for (const field of ['recipientKind', 'provinceCode']) expect(validationType(sheet, TYPICAL_EXAMPLE_LAYOUT, field)).toBe('list');
    expect(validationType(sheet, TYPICAL_EXAMPLE_LAYOUT, 'honouredOn')).toBe('date');
    const letter = sheet.getColumn(TYPICAL_EXAMPLE_COLUMNS.findIndex((c) => c.field === 'honouredOn') + 1).letter;
    expect(sheet.getCell(`${letter}2`).numFmt).toBe('dd/mm/yyyy');
    const lists = book.getWorksheet(LISTS_SHEET) as ExcelJS.Worksheet;
    expect(lists.getColumn(1).values.slice(2)).toEqual(['Cá nhân', 'Tập thể']);
    expect(lists.getColumn(2).values.slice(2)).toEqual(['02', '08']);
    const help = book.getWorksheet('Hướng dẫn') as ExcelJS.Worksheet;
    expect(help.getCell('A1').value).toBe('Hướng dẫn nhập điển hình tiên tiến');
  });

  it('POST /api/v1/typical-examples/import → 201 creates every row; the examples are readable and the import is audited once', async () => {
    const before = await tableCounts(t.dataSource);
    const file = await workbook([
      GOOD,
      { ...GOOD, recipientKind: 'Tập thể', name: 'Trường PTDTBT Tiểu học Thượng Lâm', provinceCode: 8, honouredOn: '15/03/2024' },
    ]);
    const res = await upload('staff08', file).expect(201);
    expect(res.body).toMatchObject({ created: 2, rows: 2, dryRun: false, errors: [] });
    const list = await t.as('staff08').get('/api/v1/typical-examples?provinceCode=08&pageSize=100').expect(200);
    expect(list.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Hoàng Thị Mai',
          honouredOn: '2024-07-29',
          provinceCode: '08',
          recipientKind: 'INDIVIDUAL',
          story: GOOD.story,
        }),
        expect.objectContaining({ name: 'Trường PTDTBT Tiểu học Thượng Lâm', honouredOn: '2024-03-15', recipientKind: 'COLLECTIVE' }),
      ]),
    );
    const after = await tableCounts(t.dataSource);
    expect(after.typical_examples - before.typical_examples).toBe(2);
    expect(after.audit_entries - before.audit_entries).toBe(1);
    const [audit] = await t.dataSource.query(`SELECT entity, action, after FROM audit_entries ORDER BY seq DESC LIMIT 1`);
    expect(audit).toMatchObject({ entity: 'typical_example', action: 'IMPORT', after: { rows: 2, file: 'dien-hinh.xlsx' } });
  });

  it('POST import with one bad row among 300 → 400 IMPORT_INVALID_ROWS naming its row and column; nothing is written', async () => {
    const data = rows(300, 1000);
    data[149] = { ...data[149], honouredOn: '30/02/2024' };
    const before = await tableCounts(t.dataSource);
    const res = await upload('staff08', await workbook(data)).expect(400);
    expect(res.body.code).toBe('IMPORT_INVALID_ROWS');
    expect(res.body.errors).toEqual([
      expect.objectContaining({ row: 151, column: column('honouredOn'), message: expect.stringContaining('dd/mm/yyyy') }),
    ]);
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('POST import?dryRun=true → 200 lists what would be created and every row error (future date, unknown movement and meeting), and writes nothing', async () => {
    const before = await tableCounts(t.dataSource);
    const unknown = '00000000-0000-4000-8000-000000000001';
    const data = [
      ...rows(2, 2000),
      { ...GOOD, name: 'Tương lai', honouredOn: '01/01/2099', movementId: unknown, honouredAtMeetingId: unknown },
    ];
    const res = await upload('staff08', await workbook(data), '?dryRun=true').expect(200);
    expect(res.body).toMatchObject({ dryRun: true, created: 0, rows: 3 });
    expect(res.body.valid).toEqual([
      expect.objectContaining({
        row: 2,
        name: 'Điển hình 2000',
        provinceCode: '08',
        honouredOn: '2024-08-01',
        recipientKind: 'INDIVIDUAL',
      }),
      expect.objectContaining({ row: 3 }),
    ]);
    expect(res.body.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([[4, 'future']]);
    const again = await upload(
      'staff08',
      await workbook([{ ...GOOD, name: 'Có mã lạ', movementId: unknown, honouredAtMeetingId: unknown }]),
      '?dryRun=true',
    );
    expect(again.body.errors.map((e: { column: string; code: string }) => [e.column, e.code])).toEqual([
      [column('movementId'), 'referenceNotFound'],
      [column('honouredAtMeetingId'), 'referenceNotFound'],
    ]);
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('POST import reports duplicates within the file and against existing examples instead of doubling them', async () => {
    const res = await upload(
      'staff08',
      await workbook([{ ...GOOD, name: 'hoang thi  mai' }, ...rows(1, 3000), ...rows(1, 3000)]),
      '?dryRun=true',
    ).expect(200);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ row: 2, code: 'DUPLICATE', column: column('name') }),
      expect.objectContaining({ row: 4, code: 'DUPLICATE', message: expect.stringContaining('dòng 3') }),
    ]);
  });

  it('POST import refuses another province (row error OUT_OF_SCOPE) and a non-staff caller (403)', async () => {
    const res = await upload('staff08', await workbook([{ ...GOOD, name: 'Hà Nội', provinceCode: '01' }])).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ row: 2, column: column('provinceCode'), code: 'OUT_OF_SCOPE' })]);
    await upload('reviewer', await workbook([GOOD])).expect(403);
    await upload('chairTDMNPB', await workbook([GOOD])).expect(403);
    await upload('noScope', await workbook([GOOD])).expect(403);
  });

  it('POST import into a locked period → 409 PERIOD_LOCKED and nothing is written', async () => {
    await t.as('chairTDMNPB').post('/api/v1/periods/TDMNPB/2024/H1/lock').send({ reason: 'Chốt số liệu 6 tháng' }).expect(200);
    try {
      const before = await tableCounts(t.dataSource);
      const data = rows(2, 4000).map((r) => ({ ...r, honouredOn: '20/05/2024' }));
      const res = await upload('staff08', await workbook(data)).expect(409);
      expect(res.body.code).toBe('PERIOD_LOCKED');
      expect(res.body.errors).toEqual([
        expect.objectContaining({ row: 2, column: column('honouredOn'), code: 'PERIOD_LOCKED' }),
        expect.objectContaining({ row: 3, code: 'PERIOD_LOCKED' }),
      ]);
      expect(await tableCounts(t.dataSource)).toEqual(before);
    } finally {
      await t.as('chairTDMNPB').post('/api/v1/periods/TDMNPB/2024/H1/unlock').send({ reason: 'Mở lại' }).expect(200);
    }
  });

  it('POST import with a wrong header → 400 IMPORT_BAD_HEADER; not xlsx → 415; over 10 MB → 413; no file → 400', async () => {
    const header = TYPICAL_EXAMPLE_COLUMNS.map((c) => c.header);
    header[1] = 'Tên';
    const bad = await upload('staff08', await workbook([GOOD], header)).expect(400);
    expect(bad.body).toMatchObject({ code: 'IMPORT_BAD_HEADER', message: expect.stringContaining(`cột 2 phải là "${column('name')}"`) });
    // A commendation workbook is not a typical example workbook.
    expect((await upload('staff08', await layoutWorkbook({ name: 'Khen thưởng', columns: [] }, [])).expect(400)).body.code).toBe(
      'IMPORT_BAD_HEADER',
    );
    const csv = await upload('staff08', Buffer.from('Đối tượng,Tên\nCá nhân,A\n'), '', 'dien-hinh.csv').expect(415);
    expect(csv.body.code).toBe('IMPORT_UNSUPPORTED_TYPE');
    await t.as('staff08').post(IMPORT).send({ file: 'x' }).expect(415);
    const big = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(10 * 1024 * 1024 + 1)]);
    expect((await upload('staff08', big).expect(413)).body.code).toBe('IMPORT_TOO_LARGE');
    await t.as('staff08').post(IMPORT).field('note', 'x').expect(400);
  });

  it('POST import?progress=true → 200 NDJSON progress events, then the result', async () => {
    const res = await upload('staff08', await workbook(rows(1200, 5000)), '?progress=true&dryRun=true')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const events = ndjson(res.body);
    expect(events.filter((e) => e.type === 'progress').length).toBeGreaterThanOrEqual(2);
    expect(events.at(-1)).toMatchObject({ type: 'result', result: { dryRun: true, rows: 1200 } });
  });
});
