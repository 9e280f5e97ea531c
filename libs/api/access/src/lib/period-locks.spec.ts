import { Period } from '@tdkt/shared/contracts';
import { AuditEntryEntity, ClusterEntity, ClusterMembershipEntity, createDataSource } from '@tdkt/api/database';
import { TestDatabase, createTestDatabase, testEngines } from '@tdkt/api/database/testing';
import { DataSource } from 'typeorm';
import { Actor, SYSTEM_ACTOR } from './actor';
import { AuditService } from './audit.service';
import { PeriodLocksService } from './period-locks.service';

describe.each(testEngines())('PeriodLocksService, the one writer of period locks, on %s', (engine) => {
  let db: TestDatabase;
  let ds: DataSource;
  let locks: PeriodLocksService;
  const chair: Actor = { ...SYSTEM_ACTOR, userId: '00000000-0000-4000-8000-000000000001', username: 'chair' };
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    ds = createDataSource(db.settings);
    await ds.initialize();
    locks = new PeriodLocksService(new AuditService(ds));
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('locks a cluster period, audited, so that its members refuse changes of that period only; unlocking reopens it', async () => {
    const cluster = await ds.getRepository(ClusterEntity).findOneByOrFail({ code: 'TDMNPB' });
    const member = await ds.getRepository(ClusterMembershipEntity).findOneByOrFail({ clusterId: cluster.id, year: 2024 });
    const at = { clusterId: cluster.id, year: 2024, period: Period.H1 };
    const lock = await ds.transaction((m) => locks.setLock(m, chair, at, { locked: true, reason: 'Đã sơ kết' }));
    expect(lock).toMatchObject({ locked: true, reason: 'Đã sơ kết', changedBy: chair.userId });
    const entry = await ds.getRepository(AuditEntryEntity).findOneOrFail({ where: {}, order: { seq: 'DESC' } });
    expect(entry).toMatchObject({
      entity: 'period_lock',
      entityId: lock.id,
      action: 'LOCK',
      before: null,
      clusterId: cluster.id,
      year: 2024,
    });

    await expect(locks.assertOpen(ds.manager, member.provinceId, { date: '2024-05-01' })).rejects.toMatchObject({
      response: { code: 'PERIOD_LOCKED', message: expect.stringContaining('6 tháng đầu năm 2024') },
    });
    await expect(locks.assertOpen(ds.manager, member.provinceId, { date: '2024-07-01' })).resolves.toBeUndefined();
    await expect(locks.assertOpen(ds.manager, member.provinceId, { year: 2024, period: Period.FY })).resolves.toBeUndefined();

    // The check sees the lock as it was and may refuse: nothing is written then.
    const refused = ds.transaction((m) =>
      locks.setLock(m, chair, at, { locked: true, reason: 'Lần nữa' }, (before) => {
        if (before?.locked) throw new Error('already locked');
      }),
    );
    await expect(refused).rejects.toThrow('already locked');

    await ds.transaction((m) => locks.setLock(m, chair, at, { locked: false, reason: 'Bổ sung hồ sơ' }));
    const reopened = await ds.getRepository(AuditEntryEntity).findOneOrFail({ where: {}, order: { seq: 'DESC' } });
    expect(reopened).toMatchObject({ action: 'UNLOCK', before: expect.objectContaining({ locked: true, reason: 'Đã sơ kết' }) });
    await expect(locks.assertOpen(ds.manager, member.provinceId, { date: '2024-05-01' })).resolves.toBeUndefined();
  });
});
