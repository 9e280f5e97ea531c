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
  });
});
