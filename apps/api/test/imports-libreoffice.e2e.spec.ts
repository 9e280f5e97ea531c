import { COMMENDATION_LAYOUT } from '@tdkt/api/commendations';
import { PLEDGE_RESULT_LAYOUT } from '@tdkt/api/pledges';
import { TYPICAL_EXAMPLE_LAYOUT } from '@tdkt/api/typical-examples';
import { testEngines } from '@tdkt/api/database/testing';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { GOOD_ROW } from './fixtures/commendation-workbook';
import { fillTemplate } from './fixtures/import-workbook';
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

  /** Saves a workbook through LibreOffice Calc (a private profile, so a LibreOffice already running does not swallow it). */
  const throughLibreOffice = (bytes: Buffer, name: string): Buffer => {
    const source = join(dir, name);
    writeFileSync(source, bytes);
    const out = join(dir, `out-${name}`);
    execFileSync(
      soffice as string,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, source],
      { timeout: 120_000, stdio: 'ignore' },
    );
    const converted = readFileSync(join(out, name));
    expect(converted.equals(bytes)).toBe(false);
    return converted;
  };

  (soffice ? it : it.skip)(title, async () => {
    const template = await t.as('staff08').get('/api/v1/commendations/import-template.xlsx').buffer(true).parse(binary).expect(200);
    // Fill the downloaded template as a user would: labels from the dropdowns, one date typed as text.
    const rows = [
      GOOD_ROW,
      { ...GOOD_ROW, recipientName: 'Hoàng Văn Sùng', gender: 'Nam', decisionNumber: '313/QĐ-UBND', decisionDate: '01/07/2024' },
    ];
    const converted = throughLibreOffice(await fillTemplate(template.body, COMMENDATION_LAYOUT, rows), 'filled.xlsx');

    const res = await t
      .as('staff08')
      .post('/api/v1/commendations/import')
      .attach('file', converted, { filename: 'filled.xlsx', contentType: XLSX })
      .expect(201);
    expect(res.body).toMatchObject({ created: 2, errors: [] });
    const list = await t.as('staff08').get('/api/v1/commendations?q=hoang van sung').expect(200);
    expect(list.body.items[0]).toMatchObject({ decisionDate: '2024-07-01', provinceCode: '08', gender: 'MALE', ethnicMinority: true });
  });

  (soffice ? it : it.skip)(title.replace('a template', 'the pledge results template'), async () => {
    const criteria = [
      { code: 'TC1', name: 'Tỷ lệ hồ sơ khen thưởng giải quyết đúng hạn', unit: '%', targetKind: 'PERCENTAGE', maxScore: 60 },
      { code: 'TC2', name: 'Ban hành kế hoạch triển khai các phong trào thi đua', targetKind: 'YES_NO', maxScore: 40 },
    ];
    const pledge = await t
      .as('chairTDMNPB')
      .post('/api/v1/pledges')
      .send({ clusterCode: 'TDMNPB', year: 2024, signedOn: '2024-03-08', criteria })
      .expect(201);
    const base = `/api/v1/pledges/${pledge.body.id}/results`;
    const template = await t.as('staff08').get(`${base}/import-template.xlsx`).buffer(true).parse(binary).expect(200);
    const filled = await fillTemplate(template.body, PLEDGE_RESULT_LAYOUT, [
      {
        provinceCode: '08',
        criterionCode: criteria[0].name,
        period: '6 tháng đầu năm',
        targetValue: 100,
        actualValue: 96.5,
        note: 'Đúng hạn',
      },
      { provinceCode: '08', criterionCode: criteria[1].name, period: 'Cả năm', targetValue: 'Có', actualValue: 'Có' },
    ]);
    const converted = throughLibreOffice(filled, 'ket-qua.xlsx');
    const res = await t
      .as('staff08')
      .post(`${base}/import`)
      .attach('file', converted, { filename: 'ket-qua.xlsx', contentType: XLSX })
      .expect(201);
    expect(res.body).toMatchObject({ created: 2, errors: [] });
    const results = await t.as('staff08').get(base).expect(200);
    expect(results.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          provinceCode: '08',
          criterionCode: 'TC1',
          period: 'H1',
          targetValue: 100,
          actualValue: 96.5,
          note: 'Đúng hạn',
        }),
        expect.objectContaining({ provinceCode: '08', criterionCode: 'TC2', period: 'FY', targetValue: 1, actualValue: 1 }),
      ]),
    );
  });

  (soffice ? it : it.skip)(title.replace('a template', 'the typical examples template'), async () => {
    const template = await t.as('staff08').get('/api/v1/typical-examples/import-template.xlsx').buffer(true).parse(binary).expect(200);
    const filled = await fillTemplate(template.body, TYPICAL_EXAMPLE_LAYOUT, [
      {
        recipientKind: 'Cá nhân',
        name: 'Lý Thị Điển',
        provinceCode: '08',
        honouredOn: new Date(Date.UTC(2024, 6, 29)),
        story: 'Gương sáng vùng cao',
      },
      { recipientKind: 'Tập thể', name: 'Hợp tác xã Chè Shan Tuyết', provinceCode: '08', honouredOn: '15/08/2024' },
    ]);
    const converted = throughLibreOffice(filled, 'dien-hinh.xlsx');
    const res = await t
      .as('staff08')
      .post('/api/v1/typical-examples/import')
      .attach('file', converted, { filename: 'dien-hinh.xlsx', contentType: XLSX })
      .expect(201);
    expect(res.body).toMatchObject({ created: 2, errors: [] });
    const list = await t.as('staff08').get('/api/v1/typical-examples?provinceCode=08&pageSize=100').expect(200);
    expect(list.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Lý Thị Điển',
          honouredOn: '2024-07-29',
          recipientKind: 'INDIVIDUAL',
          story: 'Gương sáng vùng cao',
        }),
        expect.objectContaining({ name: 'Hợp tác xã Chè Shan Tuyết', honouredOn: '2024-08-15', recipientKind: 'COLLECTIVE' }),
      ]),
    );
  });
});
