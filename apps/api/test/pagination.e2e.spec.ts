import { paginateLarge } from '@tdkt/api/core';
import { CommendationEntity } from '@tdkt/api/database';
import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, createTestApp } from './test-app';

describe.each(testEngines())('paginateLarge on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    for (let i = 1; i <= 5; i++) {
      await t
        .as('staff08')
        .post('/api/v1/commendations')
        .send({
          recipientKind: 'INDIVIDUAL',
          recipientName: `Người thứ ${i}`,
          provinceCode: '08',
          awardTypeCode: 'LAO_DONG_TIEN_TIEN',
          kind: 'REGULAR',
          achievementYear: 2024,
        })
        .expect(201);
    }
  });
  afterAll(() => t?.close());

  const ordered = () => t.dataSource.getRepository(CommendationEntity).createQueryBuilder('c').orderBy('c.recipient_name', 'ASC');

  it('returns the page in the query order with an exact total under the count limit', async () => {
    const page = await paginateLarge(CommendationEntity, ordered(), { page: 2, pageSize: 2 }, 10);
    expect(page).toMatchObject({ page: 2, pageSize: 2, total: 5, totalExact: true });
    expect(page.items.map((c) => c.recipientName)).toEqual(['Người thứ 3', 'Người thứ 4']);
  });

  it('reports the limit as a lower bound when more rows match, and still serves later pages', async () => {
    const page = await paginateLarge(CommendationEntity, ordered(), { page: 3, pageSize: 2 }, 3);
    expect(page).toMatchObject({ total: 3, totalExact: false });
    expect(page.items.map((c) => c.recipientName)).toEqual(['Người thứ 5']);
  });

  it('keeps the filters in the count', async () => {
    const page = await paginateLarge(CommendationEntity, ordered().where('c.recipient_name LIKE :p', { p: '%1' }), {}, 3);
    expect(page).toMatchObject({ total: 1, totalExact: true });
  });
});
