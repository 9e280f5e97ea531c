import { Injectable, Signal, computed, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { LOADING, LoadState, loadOnChange } from '../../../core/data/load-state';
import type { RuleView } from '@tdkt/shared/contracts';
import { catchError, forkJoin, map, of } from 'rxjs';
import { DEFAULT_FILTERS, FindingFilters, provinceOptions } from './finding-filters';
import { FindingsService } from './findings.service';

export const FINDINGS_PAGE_SIZE = 20;

export interface RuleCount {
  readonly rule: RuleView;
  readonly count: number;
}

/** The queue page by page under the chosen filters, its summary, and the lists the filters choose from. */
@Injectable()
export class FindingsStore {
  private readonly api = inject(FindingsService);
  /** Bumped after a decision or a run: the list and the counts are read again. */
  private readonly revision = signal(0);

  readonly filters = signal<FindingFilters>(DEFAULT_FILTERS);
  readonly page = signal(1);
  readonly pageSize = signal(FINDINGS_PAGE_SIZE);

  private readonly listQuery = computed(() => ({
    filters: this.filters(),
    page: this.page(),
    pageSize: this.pageSize(),
    revision: this.revision(),
  }));
  private readonly summaryQuery = computed(() => ({ filters: this.filters(), revision: this.revision() }));
  private readonly once = signal(0);

  /** What the reader is looking at; a reload after a decision keeps the old page on screen until the new one arrives. */
  private readonly viewKey = computed(() => JSON.stringify([this.filters(), this.page(), this.pageSize()]));
  private readonly findingsLoaded = loadOnChange(this.listQuery, (q) => this.api.list(q.filters, q.page, q.pageSize));
  private readonly summaryLoaded = loadOnChange(this.summaryQuery, (q) => this.api.summary(q.filters));
  readonly findings = staleWhileReloading(() => this.findingsLoaded() ?? LOADING, this.viewKey);
  readonly summary = staleWhileReloading(() => this.summaryLoaded() ?? LOADING, this.viewKey);

  readonly rules = loadOnChange(this.once, () => this.api.rules());
  /**
   * Findings per rule under the other filters. The summary endpoint counts only per cluster and province,
   * so each rule's total is read from a one-item page of the list (one light query per rule).
   */
  private readonly ruleCountQuery = computed(() => {
    const rules = this.rules();
    if (rules?.status !== 'ready') return null;
    return { rules: rules.data, filters: { ...this.filters(), ruleId: null }, revision: this.revision() };
  });
  private readonly ruleCountsLoaded = loadOnChange(this.ruleCountQuery, ({ rules, filters }) =>
    rules.length
      ? forkJoin(
          rules.map((rule) =>
            this.api.list({ ...filters, ruleId: rule.id }, 1, 1).pipe(map((page): RuleCount => ({ rule, count: page.total }))),
          ),
        ).pipe(map((counts) => counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count)))
      : of([]),
  );
  readonly ruleCounts = staleWhileReloading(() => this.ruleCountsLoaded() ?? LOADING, this.viewKey);
  readonly clusters = loadOnChange(this.once, () => this.api.clusters());
  /** Award names by code, to name what each finding is about; codes show until it arrives. */
  readonly awardNames = toSignal(
    this.api.awardTypes().pipe(
      map((types) => new Map(types.map((t) => [t.code, t.name]))),
      catchError(() => of(new Map<string, string>())),
    ),
    {
      initialValue: new Map<string, string>(),
    },
  );
  readonly provinces = loadOnChange(this.once, () => this.api.provinces().pipe(map(provinceOptions)));

  setFilter<K extends keyof FindingFilters>(name: K, value: FindingFilters[K]): void {
    this.filters.update((f) => ({ ...f, [name]: value }));
    this.page.set(1);
  }

  resetFilters(): void {
    this.filters.set(DEFAULT_FILTERS);
    this.page.set(1);
  }

  turnPage(page: number, pageSize: number): void {
    this.page.set(pageSize === this.pageSize() ? page : 1);
    this.pageSize.set(pageSize);
  }

  reload(): void {
    this.revision.update((n) => n + 1);
  }
}

/**
 * A reload under the same view keeps showing the last data instead of a spinner, so the cards the reviewer
 * has open (namesakes, their place in the list) stay put; a new filter or page shows loading as usual.
 */
function staleWhileReloading<T>(state: () => LoadState<T>, key: Signal<string>): Signal<LoadState<T>> {
  return linkedSignal<{ state: LoadState<T>; key: string }, LoadState<T>>({
    source: () => ({ state: state(), key: key() }),
    computation: (source, previous) =>
      source.state.status === 'loading' && previous?.source.key === source.key && previous.value.status === 'ready'
        ? previous.value
        : source.state,
  });
}
