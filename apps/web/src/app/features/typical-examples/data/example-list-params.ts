import type { Params } from '@angular/router';

/** What the typical-example list shows, as kept in the address bar, so reload and Back keep it. */
export interface ExampleListFilters {
  readonly year: number | null;
  readonly provinceCode: string | null;
  readonly clusterCode: string | null;
  readonly page: number;
}

const PROVINCE_CODE = /^\d{2}$/;
const CLUSTER_CODE = /^[A-Z0-9_]{2,20}$/;

function positiveInt(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** Reads the address bar; a value the API would refuse (a hand-edited link) falls back to "all". */
export function filtersFromParams(params: Params): ExampleListFilters {
  const year = positiveInt(params['year']);
  const province: unknown = params['provinceCode'];
  const cluster: unknown = params['clusterCode'];
  return {
    year: year && year >= 1945 && year <= 2100 ? year : null,
    provinceCode: typeof province === 'string' && PROVINCE_CODE.test(province) ? province : null,
    clusterCode: typeof cluster === 'string' && CLUSTER_CODE.test(cluster) ? cluster : null,
    page: positiveInt(params['page']) ?? 1,
  };
}

/** The address-bar form: defaults are left out so links stay short. */
export function filtersToParams(f: ExampleListFilters): Params {
  return { year: f.year, provinceCode: f.provinceCode, clusterCode: f.clusterCode, page: f.page === 1 ? null : f.page };
}

export function sameFilters(a: ExampleListFilters, b: ExampleListFilters): boolean {
  return a.year === b.year && a.provinceCode === b.provinceCode && a.clusterCode === b.clusterCode && a.page === b.page;
}
