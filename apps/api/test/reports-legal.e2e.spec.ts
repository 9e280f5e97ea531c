import { hashPassword } from '@tdkt/api/auth';
import { ClusterEntity, UserEntity } from '@tdkt/api/database';
import { testEngines } from '@tdkt/api/database/testing';
import { FORM_0603_AWARDS, MINISTRY_FORMS, XLSX_FIRST_DATA_ROW, XLSX_SHEETS } from '@tdkt/api/reports';
import { Role } from '@tdkt/shared/contracts';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import request from 'supertest';
import { TEST_PASSWORD, TestApp, createTestApp, tableCounts } from './test-app';

/** Issue #17: report wording a council would sign — the .docx, the .xlsx forms, the bulletin, the cluster's report settings. */

function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

async function documentXml(body: Buffer): Promise<{ xml: string; text: string }> {
  const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
  // Paragraph ends become new lines, so a check can read one printed line.
  return { xml, text: xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '') };
}

describe.each(testEngines())('report documents of the legal review (issue #17) on %s', (engine) => {
  let t: TestApp;
  let chairTP5: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { demoData: true });
    // Hà Nội chairs the five cities in 2024 (the reference data names no chair for TP5).
    await t
      .as('admin')
      .put('/api/v1/clusters/TP5/members/2024')
      .send([
        { provinceCode: '01', role: 'CHAIR' },
        { provinceCode: '31', role: 'VICE_CHAIR' },
        { provinceCode: '48', role: 'MEMBER' },
        { provinceCode: '79', role: 'MEMBER' },
        { provinceCode: '92', role: 'MEMBER' },
      ])
      .expect(200);
    const cluster = await t.dataSource.getRepository(ClusterEntity).findOneByOrFail({ code: 'TP5' });
    await t.dataSource.getRepository(UserEntity).insert({
      username: 'chairtp5',
      fullName: 'Cụm trưởng 5 thành phố',
      passwordHash: await hashPassword(TEST_PASSWORD),
      roles: [Role.CLUSTER_CHAIR],
      provinceId: null,
      clusterId: cluster.id,
    });
    chairTP5 = (await t.http().post('/api/v1/auth/login').send({ username: 'chairtp5', password: TEST_PASSWORD }).expect(200)).body
      .accessToken;
  });
  afterAll(() => t?.close());
  const asTP5 = () => ({
    get: (url: string) => t.http().get(url).set('Authorization', `Bearer ${chairTP5}`),
    post: (url: string) => t.http().post(url).set('Authorization', `Bearer ${chairTP5}`),
    patch: (url: string) => t.http().patch(url).set('Authorization', `Bearer ${chairTP5}`),
  });

  it('TDMNPB H1 2024 .docx → the signer’s position, Bảng 1 before Bảng 2, no "Kính gửi", fixed column widths, the signature kept together', async () => {
    const report = (await t.as('chairTDMNPB').post('/api/v1/reports').send({ clusterCode: 'TDMNPB', year: 2024, period: 'H1' }).expect(201))
      .body;
    const res = await t.as('chairTDMNPB').get(`/api/v1/reports/${report.id}/export.docx`).buffer(true).parse(binary).expect(200);
    const { xml, text } = await documentXml(res.body);
    const lines = text.split('\n');
    const at = (s: string) => lines.findIndex((l) => l === s);
    // The position line sits between "CỤM TRƯỞNG" and the name, in capitals (from the meeting: no cluster settings yet).
    expect(lines.slice(at('CỤM TRƯỞNG'), at('Nguyễn Mạnh Tuấn') + 1).filter(Boolean)).toEqual([
      'CỤM TRƯỞNG',
      'PHÓ CHỦ TỊCH UBND TỈNH TUYÊN QUANG',
      'Nguyễn Mạnh Tuấn',
    ]);
    const b1 = lines.findIndex((l) => l.startsWith('Bảng 1.'));
    const b2 = lines.findIndex((l) => l.startsWith('Bảng 2.'));
    expect(b1).toBeGreaterThan(-1);
    expect(b2).toBeGreaterThan(b1);
    expect(lines[b1]).toBe('Bảng 1. Kết quả thực hiện giao ước thi đua của các tỉnh, thành phố');
    expect(lines[b2]).toBe('Bảng 2. Số lượt khen thưởng trong kỳ của các tỉnh, thành phố');
    expect(text).not.toContain('Kính gửi');
    expect(text).toContain('UBND TỈNH TUYÊN QUANG');
    expect(text).toContain('Số: …/BC-CTĐ');
    expect(text).toContain('II. ĐÁNH GIÁ CHUNG');
    expect(text).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024');
    expect(text).not.toMatch(/(trên|lên) hệ thống/);
    // LibreOffice honours fixed layouts and grids, not percentages: every table has both.
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables.length).toBe(4);
    for (const tbl of tables) {
      expect(tbl).toContain('<w:tblLayout w:type="fixed"/>');
      expect(tbl).toMatch(/<w:tblGrid><w:gridCol w:w="\d+"\/>/);
    }
    // The commendation table's first column is 3 cm (1701 twips), wide enough for a province's name.
    expect(tables[2]).toMatch(/<w:tblGrid><w:gridCol w:w="1701"\/>/);
    // The signature row never splits across pages, and its paragraphs keep with the next.
    const signature = tables[tables.length - 1];
    expect(signature).toContain('<w:cantSplit/>');
    expect(signature.match(/<w:keepNext\/>/g)?.length).toBeGreaterThanOrEqual(6);
  });

  it('TP5 (city-chaired) → "UBND THÀNH PHỐ HÀ NỘI", the city as place, and a narrative about cities', async () => {
    const report = (await asTP5().post('/api/v1/reports').send({ clusterCode: 'TP5', year: 2024, period: 'H1' }).expect(201)).body;
    const joined = report.sections.map((s: { text: string }) => s.text).join('\n');
    expect(joined).toContain('các thành phố trong Cụm');
    expect(joined).not.toMatch(/các tỉnh|\d tỉnh/);
    const res = await asTP5().get(`/api/v1/reports/${report.id}/export.docx`).buffer(true).parse(binary).expect(200);
    const { text } = await documentXml(res.body);
    expect(text).toContain('UBND THÀNH PHỐ HÀ NỘI');
    expect(text).not.toContain('UBND TỈNH HÀ NỘI');
    expect(text).toContain('CỤM THI ĐUA 5 THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG');
    expect(text).toContain('Hà Nội, ngày … tháng … năm 2024');
  });

  it('PATCH /api/v1/clusters/TP5 → 200 for its chair (audited); the .docx then prints the issuing body, symbol and signer set', async () => {
    const before = (await t.as('reviewer').get('/api/v1/clusters').expect(200)).body.find((c: { code: string }) => c.code === 'TP5');
    const settings = {
      issuingBody: 'UBND thành phố Hà Nội',
      documentSymbol: 'BC-UBND',
      signerName: 'Nguyễn Văn Phong',
      signerTitle: 'Phó Chủ tịch UBND thành phố Hà Nội',
    };
    const updated = (
      await asTP5()
        .patch('/api/v1/clusters/TP5')
        .send({ ...settings, version: before.version })
        .expect(200)
    ).body;
    expect(updated).toMatchObject({ ...settings, version: before.version + 1 });
    const [audit] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE entity = 'cluster' AND action = 'UPDATE' AND entity_id = $1`,
      [before.id],
    );
    expect(audit.n).toBe(1);
    const [report] = (await asTP5().get('/api/v1/reports?clusterCode=TP5&year=2024').expect(200)).body;
    const res = await asTP5().get(`/api/v1/reports/${report.id}/export.docx`).buffer(true).parse(binary).expect(200);
    const { text } = await documentXml(res.body);
    expect(text).toContain('Số: …/BC-UBND');
    expect(text).toContain('PHÓ CHỦ TỊCH UBND THÀNH PHỐ HÀ NỘI');
    expect(text).toContain('Nguyễn Văn Phong');
    // A stale version → 409, nothing changes.
    await asTP5().patch('/api/v1/clusters/TP5').send({ signerName: 'Người khác', version: before.version }).expect(409);
  });

  it('PATCH /api/v1/clusters/{code} → 401 anonymous, 403 for another cluster’s chair, staff and reviewers; 200 for an admin; 404 unknown', async () => {
    const tp5 = (await t.as('reviewer').get('/api/v1/clusters').expect(200)).body.find((c: { code: string }) => c.code === 'TP5');
    const body = { signerName: 'Trần Văn A', version: tp5.version };
    await t.http().patch('/api/v1/clusters/TP5').send(body).expect(401);
    for (const user of ['chairTDMNPB', 'staff01', 'reviewer', 'noScope'] as const)
      await t.as(user).patch('/api/v1/clusters/TP5').send(body).expect(403);
    await t.as('admin').patch('/api/v1/clusters/NOPE').send(body).expect(404);
    const done = (await t.as('admin').patch('/api/v1/clusters/TP5').send(body).expect(200)).body;
    expect(done.signerName).toBe('Trần Văn A');
  });

  it('PATCH /api/v1/clusters/TP5 with bad fields → 400 naming each, and nothing changes', async () => {
    const counts = await tableCounts(t.dataSource);
    const tp5 = (await t.as('reviewer').get('/api/v1/clusters').expect(200)).body.find((c: { code: string }) => c.code === 'TP5');
    for (const bad of [
      { documentSymbol: 'bc ctđ', version: tp5.version },
      { documentSymbol: 'BC', version: tp5.version },
      { signerName: 'x'.repeat(101), version: tp5.version },
      { issuingBody: 42, version: tp5.version },
      { signerTitle: 'Chủ tịch' },
      { signerName: 'A', version: 0 },
      { signerName: 'A', version: tp5.version, clusterId: 'x' },
    ]) {
      const res = await asTP5().patch('/api/v1/clusters/TP5').send(bad).expect(400);
      expect(JSON.stringify(res.body)).toMatch(/documentSymbol|signerName|issuingBody|version|clusterId/);
    }
    expect(await tableCounts(t.dataSource)).toEqual(counts);
    expect((await t.as('reviewer').get('/api/v1/clusters').expect(200)).body.find((c: { code: string }) => c.code === 'TP5')).toEqual(tp5);
  });

  it('TDMNPB .xlsx → form 0603 holds exactly its four award types; every sheet carries its heading, with Vietnamese dates', async () => {
    const [report] = (await t.as('chairTDMNPB').get('/api/v1/reports?clusterCode=TDMNPB&year=2024').expect(200)).body;
    const res = await t.as('chairTDMNPB').get(`/api/v1/reports/${report.id}/export.xlsx`).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const cell = (ws: ExcelJS.Worksheet, r: number) => String(ws.getRow(r).getCell(1).value ?? '');
    const f0603 = wb.getWorksheet(XLSX_SHEETS.form0603)!;
    const rows = Array.from({ length: FORM_0603_AWARDS.length }, (_, i) => f0603.getRow(XLSX_FIRST_DATA_ROW.form + i));
    expect(rows.map((r) => r.getCell(2).value)).toEqual(['BANG_KHEN_TINH', 'CSTD_TINH', 'CO_THI_DUA_TINH', 'KY_NIEM_CHUONG_TINH']);
    expect(f0603.getRow(XLSX_FIRST_DATA_ROW.form + 4).getCell(1).value).toBe('Tổng số');
    // No other provincial award (Tập thể lao động xuất sắc, Xã, phường tiêu biểu) is counted on form 0603.
    expect(f0603.rowCount).toBe(XLSX_FIRST_DATA_ROW.form + 4);
    for (const [sheet, form] of [
      [XLSX_SHEETS.form0601, MINISTRY_FORMS.form0601],
      [XLSX_SHEETS.form0602, MINISTRY_FORMS.form0602],
      [XLSX_SHEETS.form0603, MINISTRY_FORMS.form0603],
    ] as const) {
      const ws = wb.getWorksheet(sheet)!;
      expect(cell(ws, 1)).toBe(`Biểu số ${form.code}`);
      expect(cell(ws, 2)).toBe('Ban hành kèm theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ');
      expect(cell(ws, 3)).toBe(form.title);
      expect(cell(ws, 4)).toContain('Kỳ báo cáo: 6 tháng đầu năm 2024 (từ ngày 01/01/2024 đến ngày 30/06/2024)');
      expect(cell(ws, 5)).toBe('Đơn vị nhận báo cáo: Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)');
    }
    for (const sheet of [XLSX_SHEETS.commendations, XLSX_SHEETS.pledge]) {
      const ws = wb.getWorksheet(sheet)!;
      expect(cell(ws, 1)).toBe('CỤM THI ĐUA CÁC TỈNH TRUNG DU VÀ MIỀN NÚI PHÍA BẮC');
      expect(cell(ws, 2)).toMatch(/^(SỐ LƯỢT KHEN THƯỞNG|KẾT QUẢ THỰC HIỆN GIAO ƯỚC)/);
      expect(cell(ws, 3)).toBe('Kỳ báo cáo: 6 tháng đầu năm 2024 (từ ngày 01/01/2024 đến ngày 30/06/2024)');
    }
    for (const ws of wb.worksheets) for (let r = 1; r <= 5; r++) expect(cell(ws, r)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('TDMNPB bulletin → guests separated by semicolons, and the examples honoured at the 29/7 meeting counted', async () => {
    const [report] = (await t.as('chairTDMNPB').get('/api/v1/reports?clusterCode=TDMNPB&year=2024').expect(200)).body;
    const b = (await t.as('chairTDMNPB').get(`/api/v1/reports/${report.id}/bulletin`).expect(200)).body;
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM typical_examples t JOIN meetings m ON m.id = t.honoured_at_meeting_id WHERE m.date = '2024-07-29'`,
    );
    expect(n).toBeGreaterThan(0);
    expect(b.body).toContain(`Tại hội nghị, ban tổ chức đã biểu dương ${n} điển hình tiên tiến`);
    const guests = /Dự hội nghị có ([^\n]+)\./.exec(b.body)?.[1] ?? '';
    expect(guests.split('; ').length).toBeGreaterThan(1);
    expect(b.body).not.toMatch(/(trên|lên) hệ thống/);
  });
});
