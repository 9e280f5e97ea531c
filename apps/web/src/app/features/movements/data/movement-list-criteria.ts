import type { Params } from '@angular/router';

/** What the movement list shows, exactly as kept in the address bar, so reload and Back keep it. */
export interface MovementListCriteria {
  readonly year: number | null;
  readonly clusterCode: string | null;
  readonly page: number;
}

export const DEFAULT_CRITERIA: MovementListCriteria = { year: null, clusterCode: null, page: 1 };

/** MovementQueryDto: a record year is 1945–2100, a cluster code 2–20 capitals, digits or _. */
const CLUSTER_CODE = /^[A-Z0-9_]{2,20}$/;
const FIRST_YEAR = 1945;
const LAST_YEAR = 2100;

function positiveInt(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** Reads the address bar; a value the API would refuse (a hand-edited link) falls back to the default. */
export function criteriaFromParams(params: Params): MovementListCriteria {
  const year = positiveInt(params['year']);
  const cluster: unknown = params['clusterCode'];
  return {
    year: year && year >= FIRST_YEAR && year <= LAST_YEAR ? year : null,
    clusterCode: typeof cluster === 'string' && CLUSTER_CODE.test(cluster) ? cluster : null,
    page: positiveInt(params['page']) ?? 1,
  };
}

/** The address-bar form: defaults are left out so links stay short. */
export function criteriaToParams(c: MovementListCriteria): Params {
  return { year: c.year, clusterCode: c.clusterCode, page: c.page === 1 ? null : c.page };
}

export function sameCriteria(a: MovementListCriteria, b: MovementListCriteria): boolean {
  return a.year === b.year && a.clusterCode === b.clusterCode && a.page === b.page;
}
