import { COMMENDATION_LAYOUT } from '@tdkt/api/commendations';
import { readSheet } from '@tdkt/api/imports';
import { testEngines } from '@tdkt/api/database/testing';
import { IMPORT_MAX_ROWS } from '@tdkt/shared/contracts';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { GOOD_ROW, commendationWorkbook } from './fixtures/commendation-workbook';
import { unzip, zip } from './fixtures/zip';
import { TestApp, TestUser, createTestApp, tableCounts } from './test-app';

const IMPORT = '/api/v1/commendations/import';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MIB = 1024 * 1024;
const SPREADSHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The zip with another declared inflated size for one part, in its central directory and its local header. */
function declareSize(file: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(file);
  const name = Buffer.from(part);
  for (let p = out.indexOf(name); p >= 0; p = out.indexOf(name, p + 1)) {
    const central = p >= 46 && out.readUInt32LE(p - 46) === 0x02014b50;
    out.writeUInt32LE(size, central ? p - 46 + 24 : p - 30 + 22);
  }
  return out;
}

describe.each(testEngines())('Excel uploads are checked before parsing, on %s', (engine) => {
  let t: TestApp;
  let good: Buffer;
  // Every temporary file of the process lands here while the suite runs (os.tmpdir() reads TMPDIR on each call).
  const savedTmp = process.env['TMPDIR'];
  const tmp = mkdtempSync(join(tmpdir(), 'import-uploads-'));
  beforeAll(async () => {
    t = await createTestApp(engine);
    good = await commendationWorkbook([GOOD_ROW]);
    process.env['TMPDIR'] = tmp;
  });
  afterAll(async () => {
    process.env['TMPDIR'] = savedTmp;
    if (savedTmp === undefined) delete process.env['TMPDIR'];
    rmSync(tmp, { recursive: true, force: true });
    await t?.close();
  });

  const upload = (user: TestUser, file: Buffer, query = '') =>
    t.as(user).post(`${IMPORT}${query}`).attach('file', file, { filename: 'khen-thuong.xlsx', contentType: XLSX });

  /** The template's header and `n` rows holding only a recipient name (inline strings: quick to build at 20,000 rows). */
  function withRows(n: number): Buffer {
    const cell = (col: number, row: number, text: string) =>
      `<c r="${String.fromCharCode(65 + col)}${row}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const header = `<row r="1">${COMMENDATION_LAYOUT.columns.map((c, i) => cell(i, 1, c.header)).join('')}</row>`;
    const body = Array.from({ length: n }, (_, i) => `<row r="${i + 2}">${cell(1, i + 2, `Người nhận ${i}`)}</row>`).join('');
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SPREADSHEET_NS}"><sheetData>${header}${body}</sheetData></worksheet>`;
    return zip(unzip(good).map((f) => (f.name === 'xl/worksheets/sheet1.xml' ? { ...f, data: Buffer.from(sheet) } : f)));
  }

  /** A real workbook with one more sheet: 32 MiB of spaces that deflate to about 32 KB (a thousandfold). */
  function bomb(): Buffer {
    const padding = Buffer.alloc(32 * MIB, 0x20);
    return zip([...unzip(good), { name: 'xl/worksheets/sheet2.xml', data: padding }]);
  }

  it('a workbook that inflates a thousandfold → 413 IMPORT_TOO_LARGE in milliseconds, nothing inflated or written to disk', async () => {
    const file = bomb();
    expect(file.length).toBeLessThan(200 * 1024);
    const before = await tableCounts(t.dataSource);
    // The check itself reads the central directory only: the best of five runs (the machine may be busy) takes
    // milliseconds, where inflating the part alone would allocate 32 MiB.
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await expect(readSheet({ buffer: file, originalname: 'bom.xlsx', size: file.length }, COMMENDATION_LAYOUT)).rejects.toMatchObject({
        status: 413,
      });
      timings.push(performance.now() - started);
    }
    expect(Math.min(...timings)).toBeLessThan(50);
    const res = await upload('staff08', file).expect(413);
    expect(res.body).toMatchObject({ code: 'IMPORT_TOO_LARGE', message: expect.stringContaining('sheet2.xml') });
    expect(res.body.message).toMatch(/nén \d+ lần/);
    expect(readdirSync(tmp)).toEqual([]);
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('a workbook declaring more than 100 MB once inflated → 413 before anything is inflated', async () => {
    // Five incompressible parts of 512 KB, each declaring 30 MiB (a ratio of 60, under the ratio limit): 150 MiB in all.
    const parts = ['a', 'b', 'c', 'd', 'e'].map((n) => ({ name: `xl/media/${n}.bin`, data: randomBytes(512 * 1024) }));
    let file = zip([...unzip(good), ...parts]);
    for (const p of parts) file = declareSize(file, p.name, 30 * MIB);
    const res = await upload('staff08', file).expect(413);
    expect(res.body).toMatchObject({ code: 'IMPORT_TOO_LARGE', message: expect.stringContaining('100 MB') });
    expect(readdirSync(tmp)).toEqual([]);
  });

  it(`more than ${IMPORT_MAX_ROWS} data rows → 413 IMPORT_TOO_MANY_ROWS, refused while reading; no temporary file`, async () => {
    const at = withRows(IMPORT_MAX_ROWS);
    expect((await readSheet({ buffer: at, originalname: 'cap.xlsx', size: at.length }, COMMENDATION_LAYOUT)).rows).toHaveLength(
      IMPORT_MAX_ROWS,
    );
    const res = await upload('staff08', withRows(IMPORT_MAX_ROWS + 1), '?dryRun=true').expect(413);
    expect(res.body).toMatchObject({ code: 'IMPORT_TOO_MANY_ROWS', message: expect.stringContaining('20.000') });
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('a second import by the same user while the first runs → 409 IMPORT_IN_PROGRESS; other users are not held up', async () => {
    const file = withRows(6_000);
    const [first, second, other] = await Promise.all([
      upload('staff08', file, '?dryRun=true'),
      // The second request starts when the first is already reading its file.
      new Promise((resolve) => setTimeout(resolve, 50)).then(() => upload('staff08', good, '?dryRun=true')),
      new Promise((resolve) => setTimeout(resolve, 50)).then(() => upload('staff25', good, '?dryRun=true')),
    ]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'IMPORT_IN_PROGRESS', message: expect.stringContaining('chưa xong') });
    // staff25 may not import Tuyên Quang's rows, but its file was read: a 200 dry run listing the scope error.
    expect(other.status).toBe(200);
    // Once the first has finished, the same user imports again.
    await upload('staff08', good, '?dryRun=true').expect(200);
  });

  it('an import running in another API process (its claim in import_runs) → 409 here too; a claim left by a dead process is taken over', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'staff08'`);
    await t.dataSource.query(`INSERT INTO import_runs (user_id) VALUES ($1)`, [id]);
    const res = await upload('staff08', good, '?dryRun=true').expect(409);
    expect(res.body.code).toBe('IMPORT_IN_PROGRESS');
    // The other process died an hour ago, mid-import.
    await t.dataSource.query(`UPDATE import_runs SET started_at = now() - interval '1 hour' WHERE user_id = $1`, [id]);
    await upload('staff08', good, '?dryRun=true').expect(200);
    expect(await t.dataSource.query(`SELECT user_id FROM import_runs`)).toEqual([]);
  });

  it('a failing import of a workbook whose sheets precede its shared strings leaves no temporary file', async () => {
    // exceljs writes sheet1.xml before sharedStrings.xml: the order that used to park sheets in temporary files.
    const bad = await commendationWorkbook([GOOD_ROW, { ...GOOD_ROW, recipientName: 'Trần Văn Sai', awardTypeCode: 'Không có' }]);
    const names = unzip(bad).map((f) => f.name);
    expect(names.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(names.indexOf('xl/sharedStrings.xml'));
    const res = await upload('staff08', bad).expect(400);
    expect(res.body.code).toBe('IMPORT_INVALID_ROWS');
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('a central directory that lies about a part’s size → 413, the inflation stops at the declared size', async () => {
    const file = zip([...unzip(good), { name: 'xl/worksheets/sheet2.xml', data: Buffer.alloc(4 * MIB, 0x20) }]);
    const lie = declareSize(file, 'xl/worksheets/sheet2.xml', 1024);
    const res = await upload('staff08', lie).expect(413);
    expect(res.body.message).toContain('kích thước khai báo');
    expect(readdirSync(tmp)).toEqual([]);
  });
});
