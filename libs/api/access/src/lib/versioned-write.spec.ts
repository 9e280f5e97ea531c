import { AuditEntryEntity, ClusterEntity, createDataSource } from '@tdkt/api/database';
import { TestDatabase, createTestDatabase, testEngines } from '@tdkt/api/database/testing';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from './actor';
import { AuditService } from './audit.service';
import { VERSION_CONFLICT_MESSAGE, versionedDelete, versionedUpdate } from './versioned-write';

describe.each(testEngines())('versionedUpdate and versionedDelete on %s', (engine) => {
  let db: TestDatabase;
  let ds: DataSource;
  let audit: AuditService;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    ds = createDataSource(db.settings);
    await ds.initialize();
    audit = new AuditService(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const newCluster = (code: string) =>
    ds.getRepository(ClusterEntity).save(ds.getRepository(ClusterEntity).create({ code, name: `Cụm ${code}`, description: null }));
  const lastEntry = () => ds.getRepository(AuditEntryEntity).findOneOrFail({ where: {}, order: { seq: 'DESC' } });

  it('applies the change at the version read, bumps the version and audits before and after in the same transaction', async () => {
    const cluster = await newCluster('VU1');
    const after = await ds.transaction((m) =>
      versionedUpdate(
        m,
        audit,
        SYSTEM_ACTOR,
        ClusterEntity,
        { id: cluster.id, version: cluster.version },
        { description: 'Mô tả mới' },
        () => ({
          entity: 'cluster',
          action: 'UPDATE',
          before: cluster,
        }),
      ),
    );
    expect(after).toMatchObject({ id: cluster.id, description: 'Mô tả mới', version: cluster.version + 1 });
    expect(await lastEntry()).toMatchObject({
      entity: 'cluster',
      entityId: cluster.id,
      action: 'UPDATE',
      before: expect.objectContaining({ description: null }),
      after: expect.objectContaining({ description: 'Mô tả mới' }),
    });
  });

  it('answers a stale version with 409 VERSION_CONFLICT and its one message; nothing changes, nothing is audited', async () => {
    const cluster = await newCluster('VU2');
    const entries = await ds.getRepository(AuditEntryEntity).count();
    const stale = ds.transaction((m) =>
      versionedUpdate(m, audit, SYSTEM_ACTOR, ClusterEntity, { id: cluster.id, version: cluster.version + 5 }, { name: 'Đổi tên' }, () => ({
        entity: 'cluster',
        action: 'UPDATE',
        before: cluster,
      })),
    );
    await expect(stale).rejects.toMatchObject({ status: 409, response: { code: 'VERSION_CONFLICT', message: VERSION_CONFLICT_MESSAGE } });
    expect(await ds.getRepository(ClusterEntity).findOneByOrFail({ id: cluster.id })).toMatchObject({ name: 'Cụm VU2', version: 1 });
    expect(await ds.getRepository(AuditEntryEntity).count()).toBe(entries);
  });

  it('deletes only at the version read and under the extra condition, and audits the deleted row', async () => {
    const cluster = await newCluster('VU3');
    const remove = (version: number, name: string) =>
      ds.transaction((m) =>
        versionedDelete(
          m,
          audit,
          SYSTEM_ACTOR,
          ClusterEntity,
          { id: cluster.id, version, where: 'name = :name', params: { name } },
          {
            entity: 'cluster',
            action: 'DELETE',
            before: cluster,
          },
        ),
      );
    await expect(remove(cluster.version + 1, 'Cụm VU3')).rejects.toMatchObject({ status: 409 });
    await expect(remove(cluster.version, 'Tên khác')).rejects.toMatchObject({ status: 409 });
    await remove(cluster.version, 'Cụm VU3');
    expect(await ds.getRepository(ClusterEntity).existsBy({ id: cluster.id })).toBe(false);
    expect(await lastEntry()).toMatchObject({ entityId: cluster.id, action: 'DELETE', after: null });
  });
});
