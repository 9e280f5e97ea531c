import { AppSettings } from '@tdkt/api/core';
import { TestDatabase, TestEngine, createTestDatabase } from '@tdkt/api/database/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app/app.module';
import { configureApp } from '../src/app/configure-app';

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  db: TestDatabase;
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

export const TEST_SETTINGS: AppSettings = { bodyLimit: '100kb', dataDir: 'unused', demoData: false, logLevel: 'error', port: 0 };

/** The real app, configured as main.ts does, on a private database of the given engine. */
export async function createTestApp(engine: TestEngine, settings: Partial<AppSettings> = {}): Promise<TestApp> {
  const db = await createTestDatabase(engine);
  const full = { ...TEST_SETTINGS, ...settings };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(full, db.settings)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error'] });
  configureApp(app, full);
  await app.init();
  return {
    app,
    db,
    dataSource: app.get(DataSource),
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

/** Row counts of every records table: a failed write must leave them all unchanged. */
export async function tableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = ['clusters', 'cluster_memberships', 'movements', 'movement_results', 'pledges', 'pledge_criteria', 'pledge_results', 'commendations', 'typical_examples', 'meetings'];
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = Number((await dataSource.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n);
  return counts;
}
