import { ReportView } from '@tdkt/shared/contracts';
import { XLSX_FIRST_DATA_ROW } from '@tdkt/api/reports';
import { testEngines } from '@tdkt/api/database/testing';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import request from 'supertest';
import { TestApp, TestUser, attachRequiredDocuments, createTestApp } from './test-app';

type Res = request.Response;

/** supertest keeps binary bodies as Buffers only with an explicit parser. */
function binary(
  res: Res & { setEncoding?: (e: string) => void; on?: (e: string, cb: (c?: Buffer) => void) => void },
  done: (err: Error | null, body: Buffer) => void,
) {
  const chunks: Buffer[] = [];
  res.on?.('data', (c?: Buffer) => c && chunks.push(c));
  res.on?.('end', () => done(null, Buffer.concat(chunks)));
}

const person = {
  recipientKind: 'INDIVIDUAL',
  position: 'Công nhân',
  organization: 'Công ty cổ phần Chè Mỹ Lâm',
  kind: 'REGULAR',
  achievementYear: 2023,
  citation: 'Đã có thành tích xuất sắc trong lao động sản xuất',
};
const provincial = (over: object) => ({
  ...person,
  awardTypeCode: 'BANG_KHEN_TINH',
  decidingAuthority: 'Chủ tịch UBND tỉnh',
  status: 'APPROVED',
  ...over,
});

describe.each(testEngines())('reports API on %s', (engine) => {
  let t: TestApp;
  let reportId: string;
  let report: ReportView;

  const record = async (user: TestUser, body: object) => (await t.as(user).post('/api/v1/commendations').send(body).expect(201)).body;
  const province = (code: string) => report.statistics.provinces.find((p) => p.provinceCode === code);

  beforeAll(async () => {
    t = await createTestApp(engine);
    // Tuyên Quang (08): 30 June in, 1 July out, 2023 H1 for the comparison, a state award approved by the council.
    await record(
      'staff08',
      provincial({
        recipientName: 'Nguyễn Thị Hằng',
        provinceCode: '08',
        gender: 'FEMALE',
        ethnicMinority: true,
        recipientClass: 'DIRECT_WORKER',
        decisionNumber: '1/QĐ-UBND',
        decisionDate: '2024-06-30',
      }),
    );
    await record(
      'staff08',
      provincial({
        recipientKind: 'COLLECTIVE',
        recipientName: 'Phòng Nội vụ huyện Sơn Dương',
        provinceCode: '08',
        awardTypeCode: 'GIAY_KHEN',
        kind: 'THEMATIC',
        decisionNumber: '2/QĐ-UBND',
        decisionDate: '2024-01-01',
      }),
    );
    await record(
      'staff08',
      provincial({
        recipientName: 'Trần Văn Bảy',
        provinceCode: '08',
        gender: 'MALE',
        recipientClass: 'LEADER',
        decisionNumber: '3/QĐ-UBND',
        decisionDate: '2024-07-01',
      }),
    );
    await record(
      'staff08',
      provincial({
        recipientName: 'Lê Văn Tám',
        provinceCode: '08',
        gender: 'MALE',
        recipientClass: 'MANAGER',
        decisionNumber: '4/QĐ-UBND',
        decisionDate: '2023-03-15',
      }),
    );
    const state = await record('staff08', {
      ...person,
      recipientName: 'Hoàng Văn Chín',
      provinceCode: '08',
      gender: 'MALE',
      recipientClass: 'LEADER',
      awardTypeCode: 'HUAN_CHUONG_LAO_DONG_3',
    });
    await attachRequiredDocuments(t, state.id);
    const submitted = (await t.as('staff08').post(`/api/v1/commendations/${state.id}/submit`).send({ version: state.version }).expect(200))
      .body;
    await t
      .as('reviewer')
      .post(`/api/v1/commendations/${state.id}/approve`)
      .send({ version: submitted.version, decisionNumber: '5/QĐ-CTN', decisionDate: '2024-05-20', decidingAuthority: 'Chủ tịch nước' })
      .expect(200);
    // A proposal still with the council is not counted.
    const pending = await record('staff08', {
      ...person,
      recipientName: 'Phạm Thị Mười',
      provinceCode: '08',
      gender: 'FEMALE',
      recipientClass: 'OTHER',
      awardTypeCode: 'BANG_KHEN_THU_TUONG',
    });
    await attachRequiredDocuments(t, pending.id);
    await t.as('staff08').post(`/api/v1/commendations/${pending.id}/submit`).send({ version: pending.version }).expect(200);
    // Hòa Bình (17): one in the period, one in 2023 H2 (outside the comparison period).
    await record(
      'staff25',
      provincial({
        recipientName: 'Bùi Thị Mai',
        provinceCode: '17',
        gender: 'FEMALE',
        ethnicMinority: true,
        recipientClass: 'DIRECT_WORKER',
        kind: 'EXTRAORDINARY',
        decisionNumber: '6/QĐ-UBND',
        decisionDate: '2024-03-10',
      }),
    );
    await record(
      'staff25',
      provincial({
        recipientName: 'Đinh Văn Lực',
        provinceCode: '17',
        gender: 'MALE',
        recipientClass: 'DIRECT_WORKER',
        decisionNumber: '7/QĐ-UBND',
        decisionDate: '2023-07-01',
      }),
    );
    // Hà Nội (01) belongs to another cluster.
    await record(
      'staff01',
      provincial({
        recipientName: 'Ngô Văn Hà',
        provinceCode: '01',
        gender: 'MALE',
        recipientClass: 'DIRECT_WORKER',
        decisionNumber: '8/QĐ-UBND',
        decisionDate: '2024-02-02',
      }),
    );

    const pledge = (
      await t
        .as('chairTDMNPB')
        .post('/api/v1/pledges')
        .send({
          clusterCode: 'TDMNPB',
          year: 2024,
          signedOn: '2024-03-08',
          place: 'Tuyên Quang',
          criteria: [
            { code: 'TC1', name: 'Tỷ lệ hồ sơ khen thưởng giải quyết đúng hạn', unit: '%', targetKind: 'PERCENTAGE', maxScore: 60 },
            { code: 'TC2', name: 'Ban hành kế hoạch triển khai các phong trào thi đua', targetKind: 'YES_NO', maxScore: 40 },
          ],
        })
        .expect(201)
    ).body;
    await t
      .as('staff08')
      .put(`/api/v1/pledges/${pledge.id}/results`)
      .send([
        { provinceCode: '08', criterionCode: 'TC1', period: 'H1', targetValue: 100, actualValue: 80 },
        { provinceCode: '08', criterionCode: 'TC2', period: 'H1', targetValue: 1, actualValue: 1 },
      ])
      .expect(200);
    const movement = (
      await t
        .as('admin')
        .post('/api/v1/movements')
        .send({
          name: 'Chung tay xóa nhà tạm, nhà dột nát trên phạm vi cả nước',
          launchedBy: 'PRIME_MINISTER',
          launchedOn: '2024-04-13',
          startsOn: '2024-04-13',
          endsOn: '2025-12-31',
          scope: 'NATIONAL',
        })
        .expect(201)
    ).body;
    await t
      .as('staff08')
      .put(`/api/v1/movements/${movement.id}/results`)
      .send([
        {
          provinceCode: '08',
          year: 2024,
          period: 'H1',
          subMovementsLaunched: 3,
          modelsBuilt: 14,
          participants: 1200,
          summary: 'Xóa 300 nhà tạm',
        },
      ])
      .expect(200);
    await t
      .as('staff08')
      .post('/api/v1/typical-examples')
      .send({
        recipientKind: 'INDIVIDUAL',
        name: 'Ma Thị Hoa',
        provinceCode: '08',
        story: 'Vận động 40 hộ hiến đất làm đường.',
        honouredOn: '2024-06-15',
      })
      .expect(201);
    await t
      .as('chairTDMNPB')
      .post('/api/v1/meetings')
      .send({
        clusterCode: 'TDMNPB',
        year: 2024,
        period: 'H1',
        date: '2024-07-29',
        hostProvinceCode: '17',
        chairName: 'Nguyễn Mạnh Tuấn',
        chairTitle: 'Phó Chủ tịch UBND tỉnh Tuyên Quang',
        participants: 'lãnh đạo Ban Thi đua - Khen thưởng Trung ương; các tỉnh trong Cụm thi đua',
      })
      .expect(201);
  });
  afterAll(() => t?.close());

  it('the reports entity matches its migration (schema generation has nothing to add)', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query).filter((q) => q.includes('"reports"'))).toEqual([]);
  });

  it('POST /api/v1/reports → 403 for a reviewer, another cluster’s chair and staff; 400 for a cut-off outside the period', async () => {
    const body = { clusterCode: 'TDMNPB', year: 2024, period: 'H1' };
    for (const user of ['reviewer', 'chairDBSH', 'staff08', 'admin'] as TestUser[])
      await t.as(user).post('/api/v1/reports').send(body).expect(403);
    const bad = await t
      .as('chairTDMNPB')
      .post('/api/v1/reports')
      .send({ ...body, cutoffDate: '2024-07-15' })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('cutoffDate');
    const invalid = await t.as('chairTDMNPB').post('/api/v1/reports').send({ clusterCode: 'x', year: 'a', period: 'Q3' }).expect(400);
    expect([...new Set(invalid.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['clusterCode', 'period', 'year']);
  });

  it('POST /api/v1/reports → 201 with every commendation figure of the fixture (golden)', async () => {
    const res = await t.as('chairTDMNPB').post('/api/v1/reports').send({ clusterCode: 'TDMNPB', year: 2024, period: 'H1' }).expect(201);
    report = res.body;
    reportId = report.id;
    expect(report).toMatchObject({
      clusterCode: 'TDMNPB',
      year: 2024,
      period: 'H1',
      from: '2024-01-01',
      to: '2024-06-30',
      status: 'DRAFT',
      version: 1,
    });
    const c = report.statistics.cluster.commendations;
    expect(c).toEqual({
      total: 4,
      byLevel: { STATE: 1, GOVERNMENT: 0, PROVINCE: 2, GRASSROOTS: 1 },
      byAwardType: { BANG_KHEN_TINH: 2, GIAY_KHEN: 1, HUAN_CHUONG_LAO_DONG_3: 1 },
      byRecipientKind: { COLLECTIVE: 1, HOUSEHOLD: 0, INDIVIDUAL: 3 },
      byRecipientClass: { DIRECT_WORKER: 2, ENTREPRENEUR: 0, LEADER: 1, MANAGER: 0, OTHER: 0 },
      byKind: { CONTRIBUTION: 0, EXTRAORDINARY: 1, FOREIGN: 0, REGULAR: 2, RESISTANCE: 0, SENIORITY: 0, THEMATIC: 1 },
      directWorkers: 2,
      women: 2,
      ethnicMinority: 2,
    });
    expect(report.statistics.cluster.previous).toEqual({ commendations: { total: 1 }, known: true });
    expect(report.statistics.cluster.change).toEqual({ delta: 3, ratio: 3 });
    expect(report.statistics.provinces).toHaveLength(14);
    expect(province('08')).toMatchObject({
      provinceName: 'Tuyên Quang',
      role: 'CHAIR',
      commendations: { total: 3, women: 1 },
      previous: { commendations: { total: 1 } },
    });
    expect(province('17')).toMatchObject({
      role: 'VICE_CHAIR',
      commendations: { total: 1, directWorkers: 1 },
      previous: { commendations: { total: 0 } },
    });
    expect(province('04')).toMatchObject({
      provinceName: 'Cao Bằng',
      commendations: { total: 0, byLevel: { STATE: 0 } },
      previous: { commendations: { total: 0 } },
    });
    expect(province('01')).toBeUndefined();
    const sum = report.statistics.provinces.reduce((a: number, p: { commendations: { total: number } }) => a + p.commendations.total, 0);
    expect(sum).toBe(4);
  });

  it('POST /api/v1/reports → pledge, movements and typical examples of the period', async () => {
    const s = report.statistics;
    expect(s.cluster.pledge).toMatchObject({ signedOn: '2024-03-08', place: 'Tuyên Quang', averageRate: 0.9 });
    expect(
      s.cluster.pledge.criteria.map((c: { provincesReported: number; provincesAchieved: number }) => [
        c.provincesReported,
        c.provincesAchieved,
      ]),
    ).toEqual([
      [1, 0],
      [1, 1],
    ]);
    expect(province('08')!.pledge.criteria.map((c: { rate: number }) => c.rate)).toEqual([0.8, 1]);
    expect(province('17')!.pledge.averageRate).toBeNull();
    expect(s.cluster.movements).toMatchObject({ count: 1, subMovementsLaunched: 3, modelsBuilt: 14, participants: 1200 });
    expect(province('08')!.movements).toEqual({ count: 1, subMovementsLaunched: 3, modelsBuilt: 14, participants: 1200 });
    expect(s.cluster.typicalExamples).toMatchObject({ total: 1, byRecipientKind: { INDIVIDUAL: 1 } });
  });

  it('POST /api/v1/reports → narrative sections I–IV in Vietnamese from the figures', async () => {
    const text = (key: string) => report.sections.find((s) => s.key === key)!.text;
    expect(report.sections.map((s: { title: string }) => s.title)).toContain('2. Hạn chế và nguyên nhân');
    expect(text('results.commendations')).toContain(
      'Trong 6 tháng đầu năm 2024 (từ ngày 1/1/2024 đến ngày 30/6/2024), có 4 lượt tập thể, cá nhân, hộ gia đình của các tỉnh trong Cụm được khen thưởng',
    );
    expect(text('results.commendations')).toContain('tăng 3 (300%) so với cùng kỳ năm 2023 (1)');
    expect(text('results.commendations')).toContain('- Theo loại hình: khen thưởng thường xuyên 2; theo đợt, chuyên đề 1; đột xuất 1;');
    expect(text('results.commendations')).toContain(
      'Các tỉnh có số lượt khen thưởng nhiều nhất: Tuyên Quang (3 lượt) và Hòa Bình (1 lượt).',
    );
    expect(text('results.pledge')).toContain('ký kết ngày 8/3/2024 tại Tuyên Quang, gồm 2 tiêu chí');
    expect(text('results.movements')).toContain('“Chung tay xóa nhà tạm, nhà dột nát trên phạm vi cả nước”');
  });

  it('POST /api/v1/reports with a cut-off → figures up to that day; a second draft of the period → 409', async () => {
    await t
      .as('chairTDMNPB')
      .post('/api/v1/reports')
      .send({ clusterCode: 'TDMNPB', year: 2024, period: 'H1', cutoffDate: '2024-06-15' })
      .expect(409);
    const fy = (
      await t
        .as('chairTDMNPB')
        .post('/api/v1/reports')
        .send({ clusterCode: 'TDMNPB', year: 2024, period: 'FY', cutoffDate: '2024-06-15' })
        .expect(201)
    ).body;
    expect(fy).toMatchObject({ from: '2024-01-01', to: '2024-06-15', cutoffDate: '2024-06-15' });
    expect(fy.statistics.cluster.commendations.total).toBe(3);
    expect(fy.statistics.cluster.previous.commendations.total).toBe(1);
  });

  it('GET /api/v1/reports and /{id} → 200 for the chair, reviewers and admins; 404 for staff and other chairs', async () => {
    for (const user of ['chairTDMNPB', 'reviewer', 'admin'] as TestUser[]) {
      await t.as(user).get(`/api/v1/reports/${reportId}`).expect(200);
      const list = await t.as(user).get('/api/v1/reports?clusterCode=TDMNPB&year=2024').expect(200);
      expect(list.body.map((r: { id: string }) => r.id)).toContain(reportId);
    }
    // The report is the chair's document: even member staff do not read it (it shows other members' own records).
    for (const user of ['chairDBSH', 'staff01', 'staff08', 'staff25'] as TestUser[]) {
      await t.as(user).get(`/api/v1/reports/${reportId}`).expect(404);
      expect((await t.as(user).get('/api/v1/reports?clusterCode=TDMNPB').expect(200)).body).toEqual([]);
    }
    await t.as('admin').get('/api/v1/reports/00000000-0000-4000-8000-000000000000').expect(404);
    await t.as('admin').get('/api/v1/reports/not-a-uuid').expect(400);
  });

  it('PATCH /api/v1/reports/{id} → 200 with version, 409 when stale; recompute keeps the edited section', async () => {
    await t
      .as('staff08')
      .patch(`/api/v1/reports/${reportId}`)
      .send({ version: 1, sections: [{ key: 'proposals', text: 'x' }] })
      .expect(404);
    const bad = await t
      .as('chairTDMNPB')
      .patch(`/api/v1/reports/${reportId}`)
      .send({ version: 1, sections: [{ key: 'nope', text: 1 }] })
      .expect(400);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['sections.0.key', 'sections.0.text']);
    const edited = (
      await t
        .as('chairTDMNPB')
        .patch(`/api/v1/reports/${reportId}`)
        .send({
          version: 1,
          sections: [{ key: 'proposals', text: 'Đề nghị Ban Thi đua - Khen thưởng Trung ương tổ chức tập huấn nghiệp vụ.' }],
        })
        .expect(200)
    ).body;
    expect(edited.version).toBe(2);
    expect(edited.sections.find((s: { key: string }) => s.key === 'proposals')).toMatchObject({ edited: true });
    await t
      .as('chairTDMNPB')
      .patch(`/api/v1/reports/${reportId}`)
      .send({ version: 1, sections: [{ key: 'proposals', text: 'Cũ' }] })
      .expect(409);

    // A new record in the period shows after recomputing, the edited text stays.
    await record(
      'staff25',
      provincial({
        recipientName: 'Quách Văn Sơn',
        provinceCode: '17',
        gender: 'MALE',
        recipientClass: 'OTHER',
        decisionNumber: '9/QĐ-UBND',
        decisionDate: '2024-04-04',
      }),
    );
    await t.as('chairTDMNPB').post(`/api/v1/reports/${reportId}/recompute`).send({ version: 1 }).expect(409);
    const again = (await t.as('chairTDMNPB').post(`/api/v1/reports/${reportId}/recompute`).send({ version: 2 }).expect(200)).body;
    expect(again.statistics.cluster.commendations.total).toBe(5);
    expect(again.sections.find((s: { key: string }) => s.key === 'proposals').text).toBe(
      'Đề nghị Ban Thi đua - Khen thưởng Trung ương tổ chức tập huấn nghiệp vụ.',
    );
    expect(again.sections.find((s: { key: string }) => s.key === 'results.commendations').text).toContain('có 5 lượt tập thể');
    report = again;
  });

  it('GET /api/v1/reports/{id}/export.docx → Decree 30/2020 layout, checked in the document XML', async () => {
    const res = await t.as('chairTDMNPB').get(`/api/v1/reports/${reportId}/export.docx`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('UBND TỈNH TUYÊN QUANG');
    expect(text).toContain('CỤM THI ĐUA CÁC TỈNH TRUNG DU VÀ MIỀN NÚI PHÍA BẮC');
    expect(text).toContain('Số: …/BC-CTĐ');
    expect(text).toContain('Tuyên Quang, ngày … tháng … năm 2024');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024');
    // A báo cáo has no "Kính gửi" line (Decree 30/2020, Appendix I).
    expect(text).not.toContain('Kính gửi');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- Lưu: VT, CTĐ.');
    expect(text).toContain('TM. CỤM THI ĐUA');
    expect(text).toContain('Nguyễn Mạnh Tuấn');
    expect(text).toContain('II. ĐÁNH GIÁ CHUNG');
    expect(text).toContain('2. Hạn chế và nguyên nhân');
    // Fonts and sizes: Times New Roman, body 14 pt (28 half-points), justified, first line indented 1.27 cm.
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('<w:sz w:val="28"/>');
    expect(xml).toContain('<w:jc w:val="both"/>');
    expect(xml).toMatch(/<w:ind w:firstLine="720"\/>/);
    // The date line is italic; the motto bold and underlined.
    expect(xml).toMatch(/<w:rPr>(?:(?!<\/w:rPr>).)*<w:i\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">Tuyên Quang, ngày/);
    expect(xml).toMatch(
      /<w:rPr>(?:(?!<\/w:rPr>).)*<w:b\/>(?:(?!<\/w:rPr>).)*<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">Độc lập - Tự do - Hạnh phúc/,
    );
    // A4 and the decree's margins in sectPr; page 1 without number.
    const sectPr = xml.slice(xml.lastIndexOf('<w:sectPr'));
    expect(sectPr).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(sectPr).toMatch(/w:top="1134"/);
    expect(sectPr).toMatch(/w:right="1134"/);
    expect(sectPr).toMatch(/w:bottom="1134"/);
    expect(sectPr).toMatch(/w:left="1701"/);
    expect(sectPr).toContain('<w:titlePg/>');
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/header\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(headers.some((h) => h.includes('PAGE'))).toBe(true);
  });

  it('GET /api/v1/reports/{id}/export.xlsx → sheets whose totals match the report', async () => {
    const res = await t.as('reviewer').get(`/api/v1/reports/${reportId}/export.xlsx`).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Khen thưởng theo tỉnh',
      'Giao ước thi đua',
      '0601 Phong trào thi đua',
      '0602 Khen thưởng cấp NN',
      '0603 Khen thưởng cấp tỉnh',
    ]);
    const byProvince = wb.getWorksheet('Khen thưởng theo tỉnh')!;
    const last = byProvince.getRow(byProvince.rowCount);
    expect(last.getCell(1).value).toBe('Toàn Cụm');
    expect(last.getCell(3).value).toBe(5);
    expect(last.getCell(14).value).toBe(1);
    let provinces = 0;
    for (let r = XLSX_FIRST_DATA_ROW.table; r < byProvince.rowCount; r++) provinces += Number(byProvince.getRow(r).getCell(3).value);
    expect(provinces).toBe(5);
    const f0602 = wb.getWorksheet('0602 Khen thưởng cấp NN')!;
    expect(f0602.getRow(XLSX_FIRST_DATA_ROW.form).getCell(2).value).toBe('HUAN_CHUONG_LAO_DONG_3');
    expect(f0602.getRow(f0602.rowCount).getCell(3).value).toBe(1);
    const f0603 = wb.getWorksheet('0603 Khen thưởng cấp tỉnh')!;
    const total0603 = f0603.getRow(f0603.rowCount);
    expect([3, 4, 5, 6, 10].map((c) => total0603.getCell(c).value)).toEqual([3, 0, 0, 3, 2]);
    const f0601 = wb.getWorksheet('0601 Phong trào thi đua')!;
    expect(f0601.getRow(XLSX_FIRST_DATA_ROW.form).getCell(2).value).toBe('Thủ tướng Chính phủ');
    expect(f0601.getRow(f0601.rowCount).getCell(8).value).toBe(14);
  });

  it('GET /api/v1/reports/{id}/bulletin → a news item naming the place, chair and results', async () => {
    const b = (await t.as('chairTDMNPB').get(`/api/v1/reports/${reportId}/bulletin`).expect(200)).body;
    expect(b.title).toBe('Cụm thi đua các tỉnh Trung du và miền núi phía Bắc sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024');
    expect(b.body).toContain('Ngày 29/7/2024, tại tỉnh Hòa Bình');
    expect(b.body).toContain('Đồng chí Nguyễn Mạnh Tuấn, Phó Chủ tịch UBND tỉnh Tuyên Quang chủ trì hội nghị.');
    expect(b.body).toContain('có 5 lượt tập thể, cá nhân của các tỉnh trong Cụm được khen thưởng');
    expect(b.html).toMatch(/^<article><h1>/);
  });

  it('POST /{id}/finalize → FINAL, period locked (audited); new records refused; PATCH and recompute → 409 REPORT_FINAL', async () => {
    await t.as('reviewer').post(`/api/v1/reports/${reportId}/finalize`).send({}).expect(403);
    await t.as('chairTDMNPB').post(`/api/v1/reports/${reportId}/finalize`).send({ version: 1 }).expect(409);
    const final = (await t.as('chairTDMNPB').post(`/api/v1/reports/${reportId}/finalize`).send({ version: report.version }).expect(200))
      .body;
    expect(final.status).toBe('FINAL');
    expect(final.finalizedAt).toEqual(expect.any(String));
    const [lock] = await t.dataSource.query(
      `SELECT l.locked, l.reason FROM period_locks l JOIN clusters c ON c.id = l.cluster_id WHERE c.code = 'TDMNPB' AND l.year = 2024 AND l.period = 'H1'`,
    );
    expect(lock).toEqual({ locked: true, reason: 'Báo cáo sơ kết 6 tháng đầu năm 2024 đã hoàn thành' });
    const audit = await t.dataSource.query(`SELECT entity, action FROM audit_entries WHERE action IN ('FINALIZE', 'LOCK') ORDER BY seq`);
    expect(audit).toEqual([
      { entity: 'period_lock', action: 'LOCK' },
      { entity: 'report', action: 'FINALIZE' },
    ]);

    const late = await t
      .as('staff08')
      .post('/api/v1/commendations')
      .send(
        provincial({
          recipientName: 'Vũ Văn Muộn',
          provinceCode: '08',
          gender: 'MALE',
          recipientClass: 'OTHER',
          decisionNumber: '10/QĐ-UBND',
          decisionDate: '2024-06-01',
        }),
      );
    expect(late.status).toBe(409);
    expect(late.body.code ?? late.body.error).toBeDefined();
    expect(JSON.stringify(late.body)).toContain('PERIOD_LOCKED');

    const patch = await t
      .as('chairTDMNPB')
      .patch(`/api/v1/reports/${reportId}`)
      .send({ version: final.version, sections: [{ key: 'proposals', text: 'Sửa' }] })
      .expect(409);
    expect(JSON.stringify(patch.body)).toContain('REPORT_FINAL');
    expect(JSON.stringify((await t.as('chairTDMNPB').post(`/api/v1/reports/${reportId}/recompute`).send({}).expect(409)).body)).toContain(
      'REPORT_FINAL',
    );
    await t.as('chairTDMNPB').post(`/api/v1/reports/${reportId}/finalize`).send({}).expect(409);

    const read = (await t.as('reviewer').get(`/api/v1/reports/${reportId}`).expect(200)).body;
    expect(read.statistics).toEqual(report.statistics);
    expect(read.sections).toEqual(report.sections);
  });

  it('POST /api/v1/reports after finalizing → 201 draft superseding the final one; both stay readable', async () => {
    const next = (await t.as('chairTDMNPB').post('/api/v1/reports').send({ clusterCode: 'TDMNPB', year: 2024, period: 'H1' }).expect(201))
      .body;
    expect(next).toMatchObject({ status: 'DRAFT', supersedesId: reportId });
    expect(next.statistics.cluster.commendations.total).toBe(5);
    const list = (await t.as('chairTDMNPB').get('/api/v1/reports?clusterCode=TDMNPB&year=2024').expect(200)).body;
    expect(
      list
        .filter((r: { period: string }) => r.period === 'H1')
        .map((r: { status: string }) => r.status)
        .sort(),
    ).toEqual(['DRAFT', 'FINAL']);
    expect((await t.as('chairTDMNPB').get(`/api/v1/reports/${reportId}`).expect(200)).body.status).toBe('FINAL');
    // The final report's document is dated on the day it was finalized.
    const res = await t.as('chairTDMNPB').get(`/api/v1/reports/${reportId}/export.docx`).buffer(true).parse(binary).expect(200);
    const xml = await (await JSZip.loadAsync(res.body as Buffer)).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('ngày … tháng');
  });
});
