import { HttpParams } from '@angular/common/http';
import type { FindingCountRow, FindingRuleCountRow, FindingSeverity, FindingStatus, ProvinceView } from '@tdkt/shared/contracts';

/** The queue's filters; null means "any". */
export interface FindingFilters {
  readonly ruleId: string | null;
  readonly severity: `${FindingSeverity}` | null;
  readonly status: `${FindingStatus}` | null;
  readonly clusterCode: string | null;
  readonly provinceCode: string | null;
  readonly year: number | null;
}

/** A reviewer opens the queue on what still needs a decision. */
export const DEFAULT_FILTERS: FindingFilters = {
  ruleId: null,
  severity: null,
  status: 'OPEN',
  clusterCode: null,
  provinceCode: null,
  year: null,
};

export const SEVERITIES = ['ERROR', 'WARNING'] as const;
export const STATUSES = ['OPEN', 'CONFIRMED', 'CLEARED'] as const;

function withFilter(params: HttpParams, name: string, value: string | number | null): HttpParams {
  return value === null || value === '' ? params : params.set(name, value);
}

/** `GET /findings` query: only the filters set, with the page. */
export function findingListParams(filters: FindingFilters, page: number, pageSize: number): HttpParams {
  let params = new HttpParams().set('page', page).set('pageSize', pageSize);
  params = withFilter(params, 'ruleId', filters.ruleId);
  params = withFilter(params, 'severity', filters.severity);
  params = withFilter(params, 'status', filters.status);
  params = withFilter(params, 'clusterCode', filters.clusterCode);
  params = withFilter(params, 'provinceCode', filters.provinceCode);
  return withFilter(params, 'year', filters.year);
}

export type SummaryFilters = Pick<FindingFilters, 'clusterCode' | 'provinceCode' | 'year'>;

/** `GET /findings/summary` takes the cluster, the province and the year; status, severity and rule are applied to its rows here. */
export function findingSummaryParams(filters: SummaryFilters): HttpParams {
  let params = withFilter(new HttpParams(), 'clusterCode', filters.clusterCode);
  params = withFilter(params, 'provinceCode', filters.provinceCode);
  return withFilter(params, 'year', filters.year);
}

/** One rule's findings under the queue's status and severity filters. */
export interface RuleCount {
  readonly ruleId: string;
  readonly title: string;
  readonly severity: `${FindingSeverity}`;
  readonly count: number;
}

const STATUS_COLUMN = { OPEN: 'open', CONFIRMED: 'confirmed', CLEARED: 'cleared' } as const;

/**
 * The summary's per-rule rows under the chosen severity, counted for the chosen status (every status when none),
 * the most frequent first; rules left without a finding are not listed.
 */
export function ruleCounts(rows: readonly FindingRuleCountRow[], filters: Pick<FindingFilters, 'severity' | 'status'>): RuleCount[] {
  return rows
    .filter((r) => !filters.severity || r.severity === filters.severity)
    .map((r) => ({
      ruleId: r.ruleId,
      title: r.title,
      severity: r.severity as `${FindingSeverity}`,
      count: filters.status ? r[STATUS_COLUMN[filters.status]] : r.open + r.confirmed + r.cleared,
    }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'vi'));
}

export interface FindingTotals {
  readonly open: number;
  readonly confirmed: number;
  readonly cleared: number;
  readonly errors: number;
  readonly warnings: number;
}

/** Whole-scope totals from the per-province rows (every finding belongs to exactly one province). */
export function totalsOf(rows: readonly FindingCountRow[]): FindingTotals {
  return rows.reduce(
    (t, r) => ({
      open: t.open + r.open,
      confirmed: t.confirmed + r.confirmed,
      cleared: t.cleared + r.cleared,
      errors: t.errors + r.errors,
      warnings: t.warnings + r.warnings,
    }),
    { open: 0, confirmed: 0, cleared: 0, errors: 0, warnings: 0 },
  );
}

export interface ProvinceOption {
  readonly code: string;
  readonly label: string;
}

/**
 * One option per code: a code the 2025 merger reused names both provinces, the current one first
 * ("15 – Lào Cai / Yên Bái"), since the API filters a code with its whole family.
 */
export function provinceOptions(provinces: readonly ProvinceView[]): ProvinceOption[] {
  const byCode = new Map<string, ProvinceView[]>();
  for (const p of provinces) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p]);
  return [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, list]) => {
      const names = [...new Set([...list].sort((a, b) => Number(a.validTo !== null) - Number(b.validTo !== null)).map((p) => p.name))];
      return { code, label: `${code} – ${names.join(' / ')}` };
    });
}
