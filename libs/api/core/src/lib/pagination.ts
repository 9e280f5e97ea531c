import { MAX_PAGE_SIZE, Page } from '@tdkt/shared/contracts';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export const DEFAULT_PAGE_SIZE = 20;

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
  return { items: rows.map(toView), total, page, pageSize };
}
