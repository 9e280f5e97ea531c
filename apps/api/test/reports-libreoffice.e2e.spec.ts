import { testEngines } from '@tdkt/api/database/testing';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { TestApp, createTestApp } from './test-app';

// Writer must be there too: a Calc-only LibreOffice cannot open a .docx.
const soffice =
  spawnSync('dpkg', ['-s', 'libreoffice-writer-nogui']).status === 0 || spawnSync('dpkg', ['-s', 'libreoffice-writer']).status === 0
    ? ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0)
    : undefined;
const which = (cmd: string) => (spawnSync('which', [cmd]).status === 0 ? cmd : undefined);
// poppler-utils (.ci/run installs it): reads the rendered lines back.
const pdftotext = which('pdftotext');
const pdftoppm = which('pdftoppm');
// Line widths are only meaningful in Times New Roman or a metric-compatible font (fonts-liberation's Liberation Serif).
const timesLike = spawnSync('fc-match', ['Times New Roman'], { encoding: 'utf8' }).stdout?.match(/Liberation Serif|Times/) !== null;
if (soffice && !timesLike)
  console.warn('reports-libreoffice: no Times-compatible font (apt-get install -y fonts-liberation): line checks skipped');
if (soffice && !pdftotext) console.warn('reports-libreoffice: pdftotext missing (apt-get install -y poppler-utils): line checks skipped');
const title = soffice
  ? 'the TDMNPB H1 2024 report (.docx) opens in LibreOffice Writer and prints as A4 pages'
  : 'SKIPPED: LibreOffice is not installed (apt-get install -y libreoffice-writer-nogui) — report .docx opens in LibreOffice';
if (!soffice) console.warn(`reports-libreoffice: ${title}`);

function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

// One engine is enough: the document does not depend on the database engine.
describe.each(testEngines().slice(0, 1))('report .docx through LibreOffice on %s', (engine) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tdkt-docx-'));
    t = await createTestApp(engine, { demoData: true });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  (soffice ? it : it.skip)(title, async () => {
    const report = (await t.as('chairTDMNPB').post('/api/v1/reports').send({ clusterCode: 'TDMNPB', year: 2024, period: 'H1' }).expect(201))
      .body;
    const docx = await t.as('chairTDMNPB').get(`/api/v1/reports/${report.id}/export.docx`).buffer(true).parse(binary).expect(200);
    const file = join(dir, 'bao-cao.docx');
    writeFileSync(file, docx.body);
    // A private profile, so a LibreOffice already running on the machine does not swallow the conversion.
    execFileSync(
      soffice as string,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
      {
        timeout: 180_000,
        stdio: 'ignore',
      },
    );
    const pdfPath = join(dir, 'bao-cao.pdf');
    expect(existsSync(pdfPath)).toBe(true);
    const pdf = readFileSync(pdfPath).toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    // Every page is A4 (595 × 842 points), and the body runs over more than one page.
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(boxes.length).toBeGreaterThan(1);
    expect(boxes.every(([w, h]) => w === 595 && h === 842)).toBe(true);

    // The rendered lines (issue #17): pdftotext -layout keeps each printed line as one line of text.
    if (!pdftotext || !timesLike) return;
    const lines = execFileSync(pdftotext, ['-layout', pdfPath, '-'], { encoding: 'utf8' }).split('\n');
    // The pages as images and text, for a person to look at (REPORT_PNG_DIR keeps them).
    const keep = process.env['REPORT_PNG_DIR'];
    if (keep && pdftoppm) execFileSync(pdftoppm, ['-png', '-r', '70', pdfPath, join(keep, 'page')]);
    if (keep) writeFileSync(join(keep, 'report.txt'), lines.join('\n'));
    if (keep) writeFileSync(join(keep, 'report.docx'), docx.body);
    // The motto fits one line of its column.
    expect(lines.some((l) => l.includes('Độc lập - Tự do - Hạnh phúc'))).toBe(true);
    expect(lines.some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    // No word of the commendation table breaks: each word of each member's name is printed whole inside the table.
    const start = lines.findIndex((l) => /Bảng \d\. Số lượt khen thưởng/.test(l));
    const end = lines.findIndex((l, i) => i > start && l.includes('6. Phát hiện, bồi dưỡng'));
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const tokens = new Set(lines.slice(start, end).flatMap((l) => l.split(/[\s,]+/).filter(Boolean)));
    // The names of the members, and the words of the header ("Tổng số", "Chính phủ, TTg", "DTTS"…).
    const header = ['Tỉnh', 'thành', 'phố', 'Tổng', 'số', 'Nhà', 'nước', 'Chính', 'phủ', 'TTg', 'Cấp', 'tỉnh', 'Cơ', 'sở', 'Tập', 'thể'];
    const more = ['Cá', 'nhân', 'LĐ', 'trực', 'tiếp', 'Nữ', 'DTTS', 'Cùng', 'kỳ'];
    const names = report.statistics.provinces.flatMap((p: { provinceName: string }) => p.provinceName.split(/[\s-]+/).filter(Boolean));
    const words = [...new Set([...header, ...more, ...names])];
    expect(words.filter((w) => !tokens.has(w))).toEqual([]);
    expect(tokens.has('Toàn')).toBe(true);
    // The signer's position and name stay on the page of the signature block.
    const pages = execFileSync(pdftotext, ['-layout', pdfPath, '-'], { encoding: 'utf8' }).split('\f');
    const signing = pages.find((p) => p.includes('CỤM TRƯỞNG'));
    expect(signing).toContain('PHÓ CHỦ TỊCH UBND TỈNH');
    expect(signing).toContain('Nguyễn Mạnh Tuấn');
    // The pages as images, for a person to look at (LEGAL_PNG_DIR keeps them).
    if (process.env['LEGAL_PNG_DIR'] && pdftoppm)
      execFileSync(pdftoppm, ['-png', '-r', '60', pdfPath, join(process.env['LEGAL_PNG_DIR'], 'page')]);
  });
});
