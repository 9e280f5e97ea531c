import { Injectable, Signal, computed, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { LOADING, LoadState, loadOnChange } from '../../../core/data/load-state';
import { catchError, map, of } from 'rxjs';
import { DEFAULT_FILTERS, FindingFilters, provinceOptions, ruleCounts } from './finding-filters';
import { FindingsService } from './findings.service';

export const FINDINGS_PAGE_SIZE = 20;

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
  /** Only what the summary is asked for: choosing a status or severity recounts the rules from the rows at hand. */
  private readonly summaryQuery = computed(
    () => {
      const { clusterCode, provinceCode, year } = this.filters();
      return { filters: { clusterCode, provinceCode, year }, revision: this.revision() };
    },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  private readonly once = signal(0);

  /** What the reader is looking at; a reload after a decision keeps the old page on screen until the new one arrives. */
  private readonly viewKey = computed(() => JSON.stringify([this.filters(), this.page(), this.pageSize()]));
  private readonly findingsLoaded = loadOnChange(this.listQuery, (q) => this.api.list(q.filters, q.page, q.pageSize));
  private readonly summaryLoaded = loadOnChange(this.summaryQuery, (q) => this.api.summary(q.filters));
  readonly findings = staleWhileReloading(() => this.findingsLoaded() ?? LOADING, this.viewKey);
  readonly summary = staleWhileReloading(() => this.summaryLoaded() ?? LOADING, this.viewKey);

  /** For the rule filter; the counts per rule come with the summary. */
  readonly rules = loadOnChange(this.once, () => this.api.rules());
  /** Findings per rule under the status and severity chosen; null until the summary is ready. */
  readonly ruleCounts = computed(() => {
    const summary = this.summary();
    return summary.status === 'ready' ? ruleCounts(summary.data.byRule, this.filters()) : null;
  });
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
