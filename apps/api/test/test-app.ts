import { hashPassword } from '@tdkt/api/auth';
import { AppSettings } from '@tdkt/api/core';
import { ClusterEntity, ProvinceEntity, UserEntity } from '@tdkt/api/database';
import { DocumentsService, minimalPdf } from '@tdkt/api/documents';
import { SYSTEM_ACTOR } from '@tdkt/api/access';
import { DocumentMediaType } from '@tdkt/shared/contracts';
import { Role } from '@tdkt/shared/contracts';
import { TestDatabase, TestEngine, createTestDatabase } from '@tdkt/api/database/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../src/app/app.module';
import { configureApp } from '../src/app/configure-app';

/** The accounts every HTTP test can act as: each role in and out of scope (another province, another cluster). */
export const TEST_USERS = {
  admin: { roles: [Role.ADMIN] },
  reviewer: { roles: [Role.COUNCIL_REVIEWER] },
  /** Staff of Tuyên Quang (08, after the 2025 merger: it holds old Tuyên Quang's and Hà Giang's records). */
  staff08: { roles: [Role.PROVINCE_STAFF], province: '08' },
  /** Staff of Phú Thọ (25): holds Hòa Bình's (17) records too. */
  staff25: { roles: [Role.PROVINCE_STAFF], province: '25' },
  /** Staff of Lào Cai (15): since 2025 it holds Yên Bái's records (Yên Bái's code 15 passed to it). */
  staff15: { roles: [Role.PROVINCE_STAFF], province: '15' },
  /** Staff of Hà Nội: a province outside TDMNPB. */
  staff01: { roles: [Role.PROVINCE_STAFF], province: '01' },
  chairTDMNPB: { roles: [Role.CLUSTER_CHAIR], cluster: 'TDMNPB' },
  /** Chair of the Red River Delta cluster: another cluster. */
  chairDBSH: { roles: [Role.CLUSTER_CHAIR], cluster: 'DBSH' },
  /** A staff account whose province was never set: denied everywhere. */
  noScope: { roles: [Role.PROVINCE_STAFF] },
} as const;

export type TestUser = keyof typeof TEST_USERS;
export const TEST_PASSWORD = 'mat-khau-kiem-thu-2024';

type Http = Pick<ReturnType<typeof request>, 'get' | 'post' | 'put' | 'patch' | 'delete'>;

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  db: TestDatabase;
  /** Requests without a token. */
  http: () => ReturnType<typeof request>;
  /** Requests with the bearer token of one of TEST_USERS. */
  as: (user: TestUser) => Http;
  tokens: Record<TestUser, string>;
  close(): Promise<void>;
}

export const TEST_SETTINGS: AppSettings = {
  bodyLimit: '100kb',
  dataDir: 'unused',
  demoData: false,
  logLevel: 'error',
  port: 0,
  adminPassword: TEST_PASSWORD,
  jwtSecret: 'kiem-thu-khoa-ky-token-dai-hon-32-ky-tu',
  loginRateLimit: 10_000,
  rateLimit: 0,
};

/** The real app, configured as main.ts does, on a private database of the given engine (`adminUrl`: on another PostgreSQL server). */
export async function createTestApp(engine: TestEngine, settings: Partial<AppSettings> = {}, adminUrl?: string): Promise<TestApp> {
  const db = await createTestDatabase(engine, adminUrl);
  // A private DATA_DIR (the dossiers' file store lives in DATA_DIR/files), removed with the app.
  const dataDir = settings.dataDir ? null : mkdtempSync(join(tmpdir(), 'tdkt-test-data-'));
  const full = { ...TEST_SETTINGS, ...settings, dataDir: settings.dataDir ?? (dataDir as string) };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(full, db.settings)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error'] });
  configureApp(app, full);
  await app.init();
  const dataSource = app.get(DataSource);
  const tokens = await createTestUsers(app, dataSource);
  const server = app.getHttpServer();
  const as = (user: TestUser): Http => {
    const auth = `Bearer ${tokens[user]}`;
    return {
      get: (url: string) => request(server).get(url).set('Authorization', auth),
      post: (url: string) => request(server).post(url).set('Authorization', auth),
      put: (url: string) => request(server).put(url).set('Authorization', auth),
      patch: (url: string) => request(server).patch(url).set('Authorization', auth),
      delete: (url: string) => request(server).delete(url).set('Authorization', auth),
    } as Http;
  };
  return {
    app,
    db,
    dataSource,
    http: () => request(server),
    as,
    tokens,
    close: async () => {
      await app.close();
      await db.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Row counts of every records table: a failed write must leave them all unchanged. */
export async function tableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = [
    'clusters',
    'cluster_memberships',
    'movements',
    'movement_results',
    'pledges',
    'pledge_criteria',
    'pledge_results',
    'commendations',
    'documents',
    'typical_examples',
    'meetings',
    'users',
    'sessions',
    'audit_entries',
    'period_locks',
    'period_submissions',
    'reports',
    'findings',
  ];
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = Number((await dataSource.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n);
  return counts;
}

/**
 * Gives a proposal the documents its award requires (small generated PDFs), so that it can be submitted: the
 * fixture of every test that submits proposals without testing the dossier itself.
 */
export async function attachRequiredDocuments(t: Pick<TestApp, 'app'>, commendationId: string): Promise<void> {
  const documents = t.app.get(DocumentsService);
  for (const kind of await documents.missingKinds(commendationId)) {
    const pdf = minimalPdf(`Hồ sơ kiểm thử: ${kind}`, [`Đề nghị ${commendationId}`]);
    await documents.attachGenerated(commendationId, kind, `${kind}.pdf`, DocumentMediaType.PDF, pdf, SYSTEM_ACTOR);
  }
}

/** Creates TEST_USERS (the admin exists from the start) and signs each in through the API. */
async function createTestUsers(app: NestExpressApplication, dataSource: DataSource): Promise<Record<TestUser, string>> {
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const today = new Date().toISOString().slice(0, 10);
  const provinces = await dataSource.getRepository(ProvinceEntity).find();
  const clusters = await dataSource.getRepository(ClusterEntity).find();
  for (const [username, spec] of Object.entries(TEST_USERS)) {
    if (username === 'admin') continue;
    const code = 'province' in spec ? spec.province : undefined;
    const province = code
      ? provinces.find((p) => p.code === code && (!p.validFrom || p.validFrom <= today) && (!p.validTo || p.validTo >= today))
      : undefined;
    const cluster = 'cluster' in spec ? clusters.find((c) => c.code === spec.cluster) : undefined;
    await dataSource.getRepository(UserEntity).insert({
      username: username.toLowerCase(),
      fullName: `Người dùng kiểm thử ${username}`,
      passwordHash,
      roles: [...spec.roles],
      provinceId: province?.id ?? null,
      clusterId: cluster?.id ?? null,
    });
  }
  const tokens = {} as Record<TestUser, string>;
  for (const username of Object.keys(TEST_USERS) as TestUser[]) {
    const res = await request(app.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ username: username.toLowerCase(), password: TEST_PASSWORD });
    if (res.status !== 200) throw new Error(`test login of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    tokens[username] = res.body.accessToken;
  }
  return tokens;
}
