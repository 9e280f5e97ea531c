import { COMMENDATION_COLUMNS, COMMENDATION_SHEET } from '@tdkt/api/imports';
import { testEngines } from '@tdkt/api/database/testing';
import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { GOOD_ROW } from './fixtures/commendation-workbook';
import { TestApp, createTestApp } from './test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
const title = soffice
  ? 'a template filled in and saved by LibreOffice imports → 201'
  : 'SKIPPED: LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui) — template saved by LibreOffice imports';
if (!soffice) console.warn(`imports-libreoffice: ${title}`);

function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe.each(testEngines())('Excel template through LibreOffice on %s', (engine) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tdkt-libreoffice-'));
    t = await createTestApp(engine);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  (soffice ? it : it.skip)(title, async () => {
    const template = await t.as('staff08').get('/api/v1/commendations/import-template.xlsx').buffer(true).parse(binary).expect(200);
    // Fill the downloaded template as a user would: labels from the dropdowns, one date typed as text.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body);
    const sheet = workbook.getWorksheet(COMMENDATION_SHEET) as ExcelJS.Worksheet;
    const rows = [
      GOOD_ROW,
      { ...GOOD_ROW, recipientName: 'Hoàng Văn Sùng', gender: 'Nam', decisionNumber: '313/QĐ-UBND', decisionDate: '01/07/2024' },
    ];
    rows.forEach((r, i) => {
      COMMENDATION_COLUMNS.forEach((c, j) => {
        const value = r[c.field];
        if (value !== undefined) sheet.getRow(i + 2).getCell(j + 1).value = value as ExcelJS.CellValue;
      });
    });
    const filled = join(dir, 'filled.xlsx');
    writeFileSync(filled, Buffer.from(await workbook.xlsx.writeBuffer()));
    const out = join(dir, 'out');
    // A private profile, so a LibreOffice already running on the machine does not swallow the conversion.
    execFileSync(
      soffice as string,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, filled],
      {
        timeout: 120_000,
        stdio: 'ignore',
      },
    );
    const converted = readFileSync(join(out, 'filled.xlsx'));
    expect(converted.equals(readFileSync(filled))).toBe(false);

    const res = await t
      .as('staff08')
      .post('/api/v1/commendations/import')
      .attach('file', converted, { filename: 'filled.xlsx', contentType: XLSX })
      .expect(201);
    expect(res.body).toMatchObject({ created: 2, errors: [] });
    const list = await t.as('staff08').get('/api/v1/commendations?q=hoang van sung').expect(200);
    expect(list.body.items[0]).toMatchObject({ decisionDate: '2024-07-01', provinceCode: '08', gender: 'MALE', ethnicMinority: true });
  });
});
