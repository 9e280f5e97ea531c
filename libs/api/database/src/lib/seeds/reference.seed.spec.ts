import { MembershipRole } from '@tdkt/shared/contracts';
import { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { AwardTypeEntity, ClusterMembershipEntity, OrganizationRenameEntity, ProvinceEntity } from '../entities';
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
    expect(await seedReferenceData(ds)).toEqual({ provinces: 0, clusters: 0, memberships: 0, awardTypes: 0, organizationRenames: 0 });
  });

  it('holds the armed forces’ orders, medals and titles and the hero provinces and cities, with levels and recipients', async () => {
    const types = await ds.getRepository(AwardTypeEntity).find();
    const by = (code: string) => types.find((t) => t.code === code);
    for (const n of [1, 2, 3]) {
      expect(by(`HUAN_CHUONG_QUAN_CONG_${n}`)).toMatchObject({ level: 'STATE', recipientKinds: ['INDIVIDUAL', 'COLLECTIVE'] });
      expect(by(`HUAN_CHUONG_CHIEN_CONG_${n}`)).toMatchObject({ level: 'STATE', recipientKinds: ['INDIVIDUAL', 'COLLECTIVE'] });
      expect(by(`HUY_CHUONG_CHIEN_SI_VE_VANG_${n}`)).toMatchObject({ level: 'STATE', recipientKinds: ['INDIVIDUAL'] });
    }
    expect(by('TINH_ANH_HUNG')).toMatchObject({ name: 'Tỉnh Anh hùng', level: 'STATE', recipientKinds: ['COLLECTIVE'] });
    expect(by('THANH_PHO_ANH_HUNG')).toMatchObject({ name: 'Thành phố Anh hùng', level: 'STATE', recipientKinds: ['COLLECTIVE'] });
    expect(by('CHIEN_SI_TIEN_TIEN')).toMatchObject({ category: 'EMULATION_TITLE', level: 'GRASSROOTS', recipientKinds: ['INDIVIDUAL'] });
    expect(by('DON_VI_QUYET_THANG')).toMatchObject({ category: 'EMULATION_TITLE', level: 'PROVINCE', recipientKinds: ['COLLECTIVE'] });
    expect(by('DON_VI_TIEN_TIEN')).toMatchObject({ category: 'EMULATION_TITLE', level: 'GRASSROOTS', recipientKinds: ['COLLECTIVE'] });
    expect(by('HUY_CHUONG_QUAN_KY_QUYET_THANG')?.level).toBe('STATE');
    expect(by('HUY_CHUONG_VI_AN_NINH_TO_QUOC')?.level).toBe('STATE');
  });

  it('loads the organisation renames recipient matching follows', async () => {
    const renames = await ds.getRepository(OrganizationRenameEntity).find();
    expect(renames.find((r) => r.oldName === 'Sở Lao động - Thương binh và Xã hội')).toMatchObject({
      newName: 'Sở Nội vụ',
      newNameFolded: 'so noi vu',
      renamedOn: '2025-03-01',
      provinceId: null,
    });
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

  it('derives the 2025 (63 provinces) and 2026 (34 provinces) memberships, marked derived', async () => {
    const repo = ds.getRepository(ClusterMembershipEntity);
    const y2025 = await repo.find({ where: { year: 2025 } });
    const y2026 = await repo.find({ where: { year: 2026 } });
    expect(y2025).toHaveLength(63);
    expect(y2026).toHaveLength(34);
    expect([...y2025, ...y2026].every((r) => r.derived)).toBe(true);
    expect((await repo.find({ where: { year: 2024 } })).some((r) => r.derived)).toBe(false);
    const members = await ds.query(
      `SELECT p.code, p.name, cm.role FROM cluster_memberships cm JOIN clusters c ON c.id = cm.cluster_id JOIN provinces p ON p.id = cm.province_id
        WHERE c.code = 'TDMNPB' AND cm.year = 2026 ORDER BY p.code`,
    );
    expect(members.map((r: { code: string }) => r.code)).toEqual(['04', '08', '11', '12', '14', '15', '19', '20', '24', '25']);
    expect(members.find((r: { role: string }) => r.role === 'CHAIR')).toMatchObject({ name: 'Thái Nguyên' });
    expect(members.find((r: { role: string }) => r.role === 'VICE_CHAIR')).toMatchObject({ name: 'Lạng Sơn' });
  });

  it('does not derive again a cluster-year an admin has set, even emptied', async () => {
    const repo = ds.getRepository(ClusterMembershipEntity);
    const tp5 = await ds.query(`SELECT id FROM clusters WHERE code = 'TP5'`);
    await repo.delete({ clusterId: tp5[0].id, year: 2026 });
    await ds.query(
      `INSERT INTO audit_entries (seq, at, entity, entity_id, action, prev_hash, hash) VALUES (1, now(), 'cluster_membership', $1, 'REPLACE', '', '')`,
      [`${tp5[0].id}/2026`],
    );
    expect(await seedReferenceData(ds)).toMatchObject({ memberships: 0 });
    expect(await repo.countBy({ clusterId: tp5[0].id, year: 2026 })).toBe(0);
  });

  it('refuses a second chair for a cluster-year (database constraint)', async () => {
    const chair = await ds.getRepository(ClusterMembershipEntity).findOneByOrFail({ year: 2024, role: MembershipRole.CHAIR });
    const other = await ds.getRepository(ProvinceEntity).findOneByOrFail({ code: '01' });
    await expect(
      ds.getRepository(ClusterMembershipEntity).insert({ clusterId: chair.clusterId, year: 2024, provinceId: other.id, role: chair.role }),
    ).rejects.toThrow();
  });
});
