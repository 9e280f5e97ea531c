import { MAX_PAGE_SIZE, Page } from '@tdkt/shared/contracts';
import { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export const DEFAULT_PAGE_SIZE = 20;

/** Lists over large tables count matches up to this many; beyond it the total is reported as a lower bound. */
export const COUNT_LIMIT = 10_000;

export function pageWindow(page = 1, pageSize = DEFAULT_PAGE_SIZE): { page: number; pageSize: number; offset: number } {
  const size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
  const current = Math.max(page, 1);
  return { page: current, pageSize: size, offset: (current - 1) * size };
}

/** Runs a list query one page at a time and maps the rows to views. */
export async function paginate<E extends ObjectLiteral, V>(
  qb: SelectQueryBuilder<E>,
  query: { page?: number; pageSize?: number },
  toView: (entity: E) => V,
): Promise<Page<V>> {
  const { page, pageSize, offset } = pageWindow(query.page, query.pageSize);
  const [rows, total] = await qb.skip(offset).take(pageSize).getManyAndCount();
  return { items: rows.map(toView), total, page, pageSize, totalExact: true };
}

/**
 * Pages through a large table: the ids of one page come from the (index-only) ordered query, then the
 * rows are read by id, and the count stops at countLimit. qb must select from one table without joins.
 */
export async function paginateLarge<E extends ObjectLiteral & { id: string }>(
  entity: EntityTarget<E>,
  qb: SelectQueryBuilder<E>,
  query: { page?: number; pageSize?: number },
  countLimit = COUNT_LIMIT,
): Promise<Page<E>> {
  const { page, pageSize, offset } = pageWindow(query.page, query.pageSize);
  const alias = qb.alias;
  const idQuery = qb.clone().select(`${alias}.id`, 'id').offset(offset).limit(pageSize);
  const countQuery = qb
    .clone()
    .orderBy()
    .select('1')
    .limit(countLimit + 1);
  const [idRows, countRows] = await Promise.all([
    idQuery.getRawMany<{ id: string }>(),
    qb.connection
      .createQueryBuilder()
      .select('count(*)::int', 'n')
      .from(`(${countQuery.getQuery()})`, 'matches')
      .setParameters(countQuery.getParameters())
      .getRawOne<{ n: number }>(),
  ]);
  const ids = idRows.map((r) => r.id);
  const rows = ids.length ? await qb.connection.getRepository(entity).createQueryBuilder('r').whereInIds(ids).getMany() : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const counted = countRows?.n ?? 0;
  return {
    items: ids.map((id) => byId.get(id)).filter((r): r is E => r !== undefined),
    total: Math.min(counted, countLimit),
    totalExact: counted <= countLimit,
    page,
    pageSize,
  };
}
