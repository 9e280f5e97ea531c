import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMENDATION_COLUMNS } from '@tdkt/api/commendations';
import { LISTS_SHEET } from '@tdkt/api/imports';
import { testEngines } from '@tdkt/api/database/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { GOOD_ROW, commendationWorkbook, readRows } from './fixtures/commendation-workbook';
import { TestApp, createTestApp } from './test-app';

/** Issue #17: the recipient-class wording is the same in the template and the form, and every wording either offers imports. */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const i18n = (lang: string) =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'web', 'public', 'i18n', 'commendations', `${lang}.json`), 'utf8')) as {
    recipientClass: Record<string, string>;
    kind: Record<string, string>;
  };

function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe.each(testEngines())('commendation import wording (issue #17) on %s', (engine) => {
  let t: TestApp;
  let template: ExcelJS.Workbook;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const res = await t.as('staff08').get('/api/v1/commendations/import-template.xlsx').buffer(true).parse(binary).expect(200);
    template = new ExcelJS.Workbook();
    await template.xlsx.load(res.body);
  });
  afterAll(() => t?.close());

  /** A dropdown's values, found by its title in the lists sheet. */
  const dropdown = (title: string): string[] => {
    const lists = template.getWorksheet(LISTS_SHEET) as ExcelJS.Worksheet;
    for (let c = 1; c <= lists.columnCount; c++) {
      const values = lists.getColumn(c).values.slice(1).map(String);
      if (values[0] === title) return values.slice(1).filter((v) => v && v !== 'undefined');
    }
    throw new Error(`no dropdown ${title}`);
  };

  it('the template offers the recipient classes in the form’s own Vietnamese wording', () => {
    expect(dropdown('Thành phần')).toEqual(Object.values(i18n('vi').recipientClass));
  });

  it('POST /api/v1/commendations/import → 201 for every recipient-class and kind wording of the template and the form (vi, en)', async () => {
    const classes = [
      ...new Set([...dropdown('Thành phần'), ...Object.values(i18n('vi').recipientClass), ...Object.values(i18n('en').recipientClass)]),
    ];
    const kinds = [...new Set([...dropdown('Loại khen thưởng'), ...Object.values(i18n('vi').kind)])];
    const rows = [
      ...classes.map((recipientClass, i) => ({
        ...GOOD_ROW,
        recipientClass,
        recipientName: `Người nhận lớp ${i}`,
        decisionNumber: `${i + 1}/QĐ-UBND`,
      })),
      ...kinds.map((kind, i) => ({ ...GOOD_ROW, kind, recipientName: `Người nhận loại ${i}`, decisionNumber: `${i + 101}/QĐ-UBND` })),
    ];
    const file = await commendationWorkbook(rows);
    const res = await t
      .as('staff08')
      .post('/api/v1/commendations/import')
      .attach('file', file, { filename: 'khen-thuong.xlsx', contentType: XLSX });
    expect({ status: res.status, errors: res.body.errors ?? [] }).toEqual({ status: 201, errors: [] });
    const stored: Array<{ recipient_name: string; recipient_class: string; kind: string }> = await t.dataSource.query(
      `SELECT recipient_name, recipient_class, kind FROM commendations WHERE recipient_name LIKE 'Người nhận %'`,
    );
    const classOf = (i: number) => stored.find((s) => s.recipient_name === `Người nhận lớp ${i}`)?.recipient_class;
    // Each wording lands on its class: the Vietnamese and English labels of one class give the same code.
    for (const [code, label] of Object.entries(i18n('vi').recipientClass)) expect(classOf(classes.indexOf(label))).toBe(code);
    for (const [code, label] of Object.entries(i18n('en').recipientClass)) expect(classOf(classes.indexOf(label))).toBe(code);
    expect(stored).toHaveLength(rows.length);
  });

  it('the movement column is the movement’s name, as pages show it: offered in the template, imported, and exported back', async () => {
    const name = 'Cả nước chung tay xóa nhà tạm, nhà dột nát';
    const [movement] = await t.dataSource.query(
      `INSERT INTO movements (name, launched_by, launched_on, starts_on, scope, version) VALUES ($1, 'PRIME_MINISTER', '2024-04-13', '2024-04-13', 'NATIONAL', 1) RETURNING id`,
      [name],
    );
    const res = await t.as('staff08').get('/api/v1/commendations/import-template.xlsx').buffer(true).parse(binary).expect(200);
    template = new ExcelJS.Workbook();
    await template.xlsx.load(res.body);
    expect(dropdown('Phong trào thi đua')).toContain(name);
    const file = await commendationWorkbook([
      { ...GOOD_ROW, kind: 'Theo chuyên đề', movementId: name, recipientName: 'Người có phong trào', decisionNumber: '900/QĐ-UBND' },
      {
        ...GOOD_ROW,
        kind: 'Theo chuyên đề',
        movementId: 'Phong trào không có',
        recipientName: 'Người sai phong trào',
        decisionNumber: '901/QĐ-UBND',
      },
    ]);
    const dry = await t
      .as('staff08')
      .post('/api/v1/commendations/import?dryRun=true')
      .attach('file', file, { filename: 'khen-thuong.xlsx', contentType: XLSX })
      .expect(200);
    expect(dry.body.valid).toHaveLength(1);
    expect(dry.body.errors).toEqual([expect.objectContaining({ row: 3, column: 'Phong trào thi đua', code: 'referenceNotFound' })]);
    const good = await commendationWorkbook([
      { ...GOOD_ROW, kind: 'Theo chuyên đề', movementId: name, recipientName: 'Người có phong trào', decisionNumber: '900/QĐ-UBND' },
    ]);
    await t
      .as('staff08')
      .post('/api/v1/commendations/import')
      .attach('file', good, { filename: 'khen-thuong.xlsx', contentType: XLSX })
      .expect(201);
    const [stored] = await t.dataSource.query(`SELECT movement_id FROM commendations WHERE recipient_name = 'Người có phong trào'`);
    expect(stored.movement_id).toBe(movement.id);
    const exported = await t
      .as('staff08')
      .get('/api/v1/commendations/export.xlsx?q=Người có phong trào')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const rows = await readRows(exported.body);
    expect(rows.map((r) => r[COMMENDATION_COLUMNS.findIndex((c) => c.field === 'movementId')])).toEqual([name]);
  });

  it('GET /api/v1/commendations/export.xlsx?year=2024 → a file named after the year chosen, not today', async () => {
    const res = await t.as('staff08').get('/api/v1/commendations/export.xlsx?year=2024').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="khen-thuong-2024.xlsx"');
  });
});
