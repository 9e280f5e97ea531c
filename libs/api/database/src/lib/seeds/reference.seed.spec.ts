import { MembershipRole } from '@tdkt/shared/contracts';
import { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { ClusterMembershipEntity, ProvinceEntity } from '../entities';
import { createTestDatabase, testEngines, TestDatabase } from '../testing';
import { seedReferenceData } from './reference.seed';

describe.each(testEngines())('reference data on %s', (engine) => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    ds = createDataSource(db.settings);
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('has run every migration', async () => {
    expect(await ds.showMigrations()).toBe(false);
  });

  it('is idempotent: a second run writes nothing', async () => {
    expect(await seedReferenceData(ds)).toEqual({ provinces: 0, clusters: 0, memberships: 0, awardTypes: 0 });
  });

  it('keeps both province sets and links each merged province to its successor record', async () => {
    const provinces = await ds.getRepository(ProvinceEntity).find();
    expect(provinces).toHaveLength(87);
    const hoaBinh = provinces.find((p) => p.name === 'Hòa Bình');
    const phuTho = provinces.find((p) => p.id === hoaBinh?.successorId);
    expect(phuTho).toMatchObject({ code: '25', validFrom: '2025-07-01', validTo: null });
    const yenBai = provinces.find((p) => p.name === 'Yên Bái');
    expect(provinces.find((p) => p.id === yenBai?.successorId)).toMatchObject({ code: '15', name: 'Lào Cai', validFrom: '2025-07-01' });
  });

  it('puts every one of the 63 pre-merger provinces in exactly one cluster in 2024', async () => {
    const rows = await ds.getRepository(ClusterMembershipEntity).find({ where: { year: 2024 } });
    expect(rows).toHaveLength(63);
    expect(new Set(rows.map((r) => r.provinceId)).size).toBe(63);
  });

  it('refuses a second chair for a cluster-year (database constraint)', async () => {
    const chair = await ds.getRepository(ClusterMembershipEntity).findOneByOrFail({ year: 2024, role: MembershipRole.CHAIR });
    const other = await ds.getRepository(ProvinceEntity).findOneByOrFail({ code: '01' });
    await expect(
      ds.getRepository(ClusterMembershipEntity).insert({ clusterId: chair.clusterId, year: 2024, provinceId: other.id, role: chair.role }),
    ).rejects.toThrow();
  });
});
