import { HttpParams } from '@angular/common/http';
import type { Params } from '@angular/router';

export const COMMENDATION_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'REVOKED'] as const;
export type CommendationStatusCode = (typeof COMMENDATION_STATUSES)[number];

/** The sorts CommendationQueryDto accepts; the minus sign means descending. */
export const LIST_SORTS = ['-decisionDate', 'decisionDate', 'recipientName', '-recipientName', '-createdAt', 'createdAt'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/** H1 = decisions of 1 Jan–30 Jun (sơ kết 6 tháng); no period = the whole year (tổng kết năm). */
export type ListPeriod = 'H1';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_SORT: ListSort = '-decisionDate';

/** What the list shows, exactly as kept in the address bar. */
export interface ListCriteria {
  readonly q: string;
  readonly year: number | null;
  readonly period: ListPeriod | null;
  readonly awardTypeCode: string | null;
  readonly status: CommendationStatusCode | null;
  readonly provinceCode: string | null;
  readonly sort: ListSort;
  readonly page: number;
  readonly pageSize: number;
}

export const DEFAULT_CRITERIA: ListCriteria = {
  q: '',
  year: null,
  period: null,
  awardTypeCode: null,
  status: null,
  provinceCode: null,
  sort: DEFAULT_SORT,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function positiveInt(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** Reads the address bar; anything the API would refuse (a hand-edited link) falls back to the default. */
export function criteriaFromParams(params: Params): ListCriteria {
  const year = positiveInt(params['year']);
  const award = text(params['awardTypeCode']);
  const province = text(params['provinceCode']);
  const size = positiveInt(params['pageSize']);
  return {
    q: (text(params['q']) ?? '').slice(0, 200),
    year: year && year >= 1945 && year <= 2100 ? year : null,
    period: oneOf<ListPeriod>(params['period'], ['H1']),
    awardTypeCode: award && /^[A-Z0-9_]{2,60}$/.test(award) ? award : null,
    status: oneOf(params['status'], COMMENDATION_STATUSES),
    provinceCode: province && /^\d{2}$/.test(province) ? province : null,
    sort: oneOf(params['sort'], LIST_SORTS) ?? DEFAULT_SORT,
    page: positiveInt(params['page']) ?? 1,
    pageSize: size && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The address-bar form: defaults are left out so links stay short. */
export function criteriaToParams(c: ListCriteria): Params {
  return {
    q: c.q || null,
    year: c.year,
    period: c.year ? c.period : null,
    awardTypeCode: c.awardTypeCode,
    status: c.status,
    provinceCode: c.provinceCode,
    sort: c.sort === DEFAULT_SORT ? null : c.sort,
    page: c.page === 1 ? null : c.page,
    pageSize: c.pageSize === DEFAULT_PAGE_SIZE ? null : c.pageSize,
  };
}

/** CommendationQueryDto: the API has no period, so a half-year becomes a decision-date range. */
export function criteriaToHttpParams(c: ListCriteria): HttpParams {
  let params = new HttpParams().set('page', c.page).set('pageSize', c.pageSize).set('sort', c.sort);
  if (c.q) params = params.set('q', c.q);
  if (c.year) {
    params = params.set('year', c.year);
    if (c.period === 'H1') params = params.set('from', `${c.year}-01-01`).set('to', `${c.year}-06-30`);
  }
  if (c.awardTypeCode) params = params.set('awardTypeCode', c.awardTypeCode);
  if (c.status) params = params.set('status', c.status);
  if (c.provinceCode) params = params.set('provinceCode', c.provinceCode);
  return params;
}

export function sameCriteria(a: ListCriteria, b: ListCriteria): boolean {
  return (Object.keys(a) as (keyof ListCriteria)[]).every((key) => a[key] === b[key]);
}
