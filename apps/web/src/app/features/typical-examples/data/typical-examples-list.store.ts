import { Injectable, computed, inject, signal } from '@angular/core';
import type { ClusterView, Page, ProvinceView, TypicalExampleView } from '@tdkt/shared/contracts';
import { catchError, of } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import { ExampleListFilters } from './example-list-params';
import { ExampleCriteria, TypicalExamplesService } from './typical-examples.service';

export const PAGE_SIZE = 20;

/** One entry per province code (the latest name): the filter lists each province once. */
export function distinctProvinces(list: readonly ProvinceView[]): { code: string; name: string }[] {
  const byCode = new Map<string, string>();
  for (const p of list) byCode.set(p.code, p.name);
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** `/typical-examples`: filtered by year, province and cluster, a page at a time. */
@Injectable()
export class TypicalExamplesListStore {
  private readonly api = inject(TypicalExamplesService);
  private readonly auth = inject(AuthService);
  private readonly attempt = signal(0);

  readonly year = signal<number | null>(null);
  readonly provinceCode = signal<string | null>(null);
  readonly clusterCode = signal<string | null>(null);
  readonly page = signal(1);

  private readonly criteria = computed<ExampleCriteria & { attempt: number }>(() => ({
    attempt: this.attempt(),
    year: this.year(),
    provinceCode: this.provinceCode(),
    clusterCode: this.clusterCode(),
    page: this.page(),
    pageSize: PAGE_SIZE,
  }));

  private readonly loaded = loadOnChange(this.criteria, ({ attempt: _attempt, ...criteria }) => this.api.list(criteria));
  private readonly provinceList = loadOnChange(signal(true), () => this.api.provinces(null).pipe(catchError(() => of<ProvinceView[]>([]))));
  private readonly clusterList = loadOnChange(signal(true), () => this.api.clusters().pipe(catchError(() => of<ClusterView[]>([]))));

  readonly state = computed<LoadState<Page<TypicalExampleView>>>(() => this.loaded() ?? LOADING);
  readonly provinces = computed(() => distinctProvinces(dataOf(this.provinceList()) ?? []));
  readonly clusters = computed(() => dataOf(this.clusterList()) ?? []);
  /** Only provincial officers record typical examples, for their own province. */
  readonly canCreate = computed(() => this.auth.hasRole('PROVINCE_STAFF') && !!this.auth.user()?.provinceCode);

  set(filter: 'year' | 'provinceCode' | 'clusterCode', value: number | string | null): void {
    if (filter === 'year') this.year.set(value as number | null);
    else this[filter].set(value as string | null);
    this.page.set(1);
  }

  /** The filters as the address bar keeps them. */
  readonly filters = computed<ExampleListFilters>(() => ({
    year: this.year(),
    provinceCode: this.provinceCode(),
    clusterCode: this.clusterCode(),
    page: this.page(),
  }));

  /** Takes the filters from the address bar (a reload, Back, a shared link). */
  apply(filters: ExampleListFilters): void {
    this.year.set(filters.year);
    this.provinceCode.set(filters.provinceCode);
    this.clusterCode.set(filters.clusterCode);
    this.page.set(filters.page);
  }

  retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
