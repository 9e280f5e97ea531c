import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, createTestApp } from './test-app';

describe.each(testEngines())('health on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine)));
  afterAll(() => t?.close());

  it('GET /api/v1/health/live without a token → 200 (liveness: the process only)', async () => {
    await t.http().get('/api/v1/health/live').expect(200, { status: 'ok' });
  });

  it('GET /api/v1/health without a token → 200 with the database up and the engine named', async () => {
    const res = await t.http().get('/api/v1/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up', engine });
    expect(res.headers['retry-after']).toBeUndefined();
  });
});
