import { ProvinceEntity, createDataSource } from '@tdkt/api/database';
import { TestDatabase, createTestDatabase, testEngines } from '@tdkt/api/database/testing';
import { DataSource } from 'typeorm';
import { ProvincesService } from './provinces.service';

describe.each(testEngines())('ProvincesService on %s', (engine) => {
  let db: TestDatabase;
  let ds: DataSource;
  let provinces: ProvincesService;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    ds = createDataSource(db.settings);
    await ds.initialize();
    provinces = new ProvincesService(ds.getRepository(ProvinceEntity));
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('finds provinces without accents or case, across the whole history without a date', async () => {
    const found = await provinces.list({ q: 'LAO CAI' });
    expect(found.map((p) => [p.code, p.name, p.validTo])).toEqual([
      ['10', 'Lào Cai', '2025-06-30'],
      ['15', 'Lào Cai', null],
    ]);
  });

  it('answers the provinces in force on a date: a code names the old province before the merger and the new one after', async () => {
    const before = await provinces.list({ validOn: '2025-06-30', q: 'yen bai' });
    expect(before.map((p) => [p.code, p.name])).toEqual([['15', 'Yên Bái']]);
    const after = await provinces.list({ validOn: '2025-07-01' });
    expect(after).toHaveLength(34);
    expect(after.find((p) => p.code === '15')).toMatchObject({ name: 'Lào Cai', validFrom: '2025-07-01' });
    expect(after.some((p) => p.name === 'Yên Bái')).toBe(false);
  });

  it('treats LIKE wildcards in the query as text', async () => {
    expect(await provinces.list({ q: '%' })).toEqual([]);
  });
});
