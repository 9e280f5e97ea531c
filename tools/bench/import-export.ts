/**
 * Excel import and export throughput (issue #8: import 10,000 rows in under 5 s; export 100,000).
 * Runs the real API in-process on a fresh database, imports `--files` workbooks of `--rows` rows each
 * through POST /commendations/import (which also fills the database for the export), then streams
 * GET /commendations/export.xlsx of everything imported, and prints a markdown table.
 *
 *   npm run bench:import -- [--engine pglite|postgres] [--rows 10000] [--files 10]
 *
 * `--engine postgres` creates (and drops) a private database next to TEST_DATABASE_URL; the default is
 * in-memory PGlite. Existing databases are never touched.
 */
import { hashPassword } from '@tdkt/api/auth';
import { ProvinceEntity, UserEntity } from '@tdkt/api/database';
import { TestEngine, createTestDatabase } from '@tdkt/api/database/testing';
import { COMMENDATION_COLUMNS, COMMENDATION_SHEET } from '@tdkt/api/commendations';
import { Role } from '@tdkt/shared/contracts';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import request from 'supertest';
import { DataSource, IsNull } from 'typeorm';
import { AppModule } from '../../apps/api/src/app/app.module';
import { configureApp } from '../../apps/api/src/app/configure-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const AWARDS = ['Bằng khen của Chủ tịch UBND tỉnh (Bộ, ban, ngành, tỉnh)', 'Giấy khen', 'Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];

function options(): { engine: TestEngine; rows: number; files: number } {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string', default: 'pglite' },
      rows: { type: 'string', default: '10000' },
      files: { type: 'string', default: '10' },
    },
  });
  return { engine: values.engine as TestEngine, rows: Number(values.rows), files: Number(values.files) };
}

/** A template-shaped workbook of `rows` valid, distinct decided awards of Tuyên Quang in 2024. */
async function workbook(file: number, rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(COMMENDATION_SHEET);
  sheet.addRow(COMMENDATION_COLUMNS.map((c) => c.header));
  for (let i = 0; i < rows; i++) {
    const n = file * rows + i;
    const values: Record<string, ExcelJS.CellValue> = {
      recipientKind: 'Cá nhân',
      recipientName: `${SURNAMES[n % SURNAMES.length]} Văn ${n}`,
      position: 'Chuyên viên',
      organization: `Sở Nội vụ ${n % 40}`,
      provinceCode: '08',
      gender: n % 2 ? 'Nam' : 'Nữ',
      ethnicMinority: n % 3 ? 'Không' : 'Có',
      recipientClass: 'Khác',
      awardTypeCode: AWARDS[n % AWARDS.length],
      kind: 'Thường xuyên',
      achievementYear: 2023,
      decisionNumber: `${n + 1}/QĐ-UBND`,
      decisionDate: new Date(Date.UTC(2024, n % 12, 1 + (n % 28))),
      decidingAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang',
      citation: 'Hoàn thành xuất sắc nhiệm vụ năm 2023',
      status: 'Đã quyết định',
    };
    sheet.addRow(COMMENDATION_COLUMNS.map((c) => values[c.field] ?? null));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const o = options();
  const db = await createTestDatabase(o.engine);
  const password = randomBytes(18).toString('base64url');
  const settings = {
    adminPassword: password,
    bodyLimit: '100kb',
    dataDir: 'unused',
    demoData: false,
    logLevel: 'error',
    port: 0,
    jwtSecret: randomBytes(32).toString('hex'),
    loginRateLimit: 1000,
    rateLimit: 0,
  };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(settings, db.settings)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error'] });
  configureApp(app, settings);
  await app.init();
  try {
    const dataSource = app.get(DataSource);
    const province = await dataSource.getRepository(ProvinceEntity).findOneByOrFail({ code: '08', validTo: IsNull() });
    await dataSource.getRepository(UserEntity).insert({
      username: 'bench.staff',
      fullName: 'Bench',
      passwordHash: await hashPassword(password),
      roles: [Role.PROVINCE_STAFF],
      provinceId: province.id,
      clusterId: null,
    });
    const server = app.getHttpServer();
    const login = await request(server).post('/api/v1/auth/login').send({ username: 'bench.staff', password }).expect(200);
    const auth = `Bearer ${login.body.accessToken}`;

    console.log(`| step | rows | seconds | rows/s |\n|---|---:|---:|---:|`);
    const importTimes: number[] = [];
    for (let f = 0; f < o.files; f++) {
      const file = await workbook(f, o.rows);
      const started = performance.now();
      const res = await request(server)
        .post('/api/v1/commendations/import')
        .set('Authorization', auth)
        .attach('file', file, { filename: `bench-${f}.xlsx`, contentType: XLSX });
      const seconds = (performance.now() - started) / 1000;
      if (res.status !== 201) throw new Error(`import ${f} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 500)}`);
      importTimes.push(seconds);
      console.log(
        `| import file ${f + 1} (${(file.length / 1024 / 1024).toFixed(1)} MB) | ${o.rows} | ${seconds.toFixed(2)} | ${Math.round(o.rows / seconds)} |`,
      );
    }
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    let bytes = 0;
    const res = await request(server)
      .get('/api/v1/commendations/export.xlsx')
      .set('Authorization', auth)
      .buffer(true)
      .parse((r, done) => {
        r.on('data', (c: Buffer) => (bytes += c.length));
        r.on('end', () => done(null, null));
      });
    const seconds = (performance.now() - started) / 1000;
    if (res.status !== 200) throw new Error(`export answered ${res.status}`);
    const total = o.rows * o.files;
    console.log(`| export (${(bytes / 1024 / 1024).toFixed(1)} MB) | ${total} | ${seconds.toFixed(2)} | ${Math.round(total / seconds)} |`);
    const sorted = [...importTimes].sort((a, b) => a - b);
    console.log(
      `\nengine ${o.engine}; import median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)} s per ${o.rows} rows; RSS ${(rssBefore / 1024 / 1024).toFixed(0)} MB before the export, ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB after`,
    );
  } finally {
    await app.close();
    await db.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
