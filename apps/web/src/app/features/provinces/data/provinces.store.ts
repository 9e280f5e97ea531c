import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ProvinceView } from '@tdkt/shared/contracts';
import { addDays, todayInVietnam } from '@tdkt/shared/util-text';
import { debounceTime, distinctUntilChanged, forkJoin, map } from 'rxjs';
import { LOADING, LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import { ProvinceRow, validityOf } from './province-row';
import { ProvinceCriteria, ProvincesService } from './provinces.service';
import { MERGER_PRESET_DATES, ValidOnPreset } from './valid-on';

/** Typing pauses this long before the search is sent. */
export const SEARCH_DEBOUNCE_MS = 300;

/** The provinces page: search text, the date the list is valid on, and the successor of each merged unit. */
@Injectable()
export class ProvincesStore {
  private readonly api = inject(ProvincesService);
  private readonly attempt = signal(0);

  readonly query = signal('');
  readonly preset = signal<ValidOnPreset>('afterMerger');
  readonly customDate = signal<string>(todayInVietnam());

  readonly validOn = computed<string | null>(() => {
    const preset = this.preset();
    if (preset === 'all') return null;
    return preset === 'custom' ? this.customDate() : MERGER_PRESET_DATES[preset];
  });

  private readonly sentQuery = toSignal(
    toObservable(this.query).pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      map((q) => q.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: this.query().trim() },
  );

  private readonly criteria = computed<ProvinceCriteria & { attempt: number }>(() => ({
    attempt: this.attempt(),
    q: this.sentQuery(),
    validOn: this.validOn(),
  }));

  private readonly loaded = loadOnChange(this.criteria, ({ q, validOn }) => this.api.list({ q, validOn }));

  readonly state = computed<LoadState<ProvinceView[]>>(() => this.loaded() ?? LOADING);

  /** The days on which the successors of the listed merged units came into force, e.g. "2025-07-01". */
  private readonly successorDays = computed<string | null>(() => {
    const days = new Set((dataOf(this.state()) ?? []).filter((p) => p.successorCode && p.validTo).map((p) => addDays(p.validTo as string, 1)));
    return days.size ? [...days].sort().join(',') : null;
  });

  private readonly successors = loadOnChange(this.successorDays, (days) =>
    forkJoin(days.split(',').map((validOn) => this.api.list({ q: '', validOn }).pipe(map((list) => list.map((p) => [`${validOn}|${p.code}`, p.name] as const))))).pipe(
      map((pairs) => new Map(pairs.flat())),
    ),
  );

  readonly rows = computed<ProvinceRow[]>(() => {
    const names = dataOf(this.successors()) ?? new Map<string, string>();
    return (dataOf(this.state()) ?? []).map((p) => ({
      ...p,
      successorName: p.successorCode && p.validTo ? (names.get(`${addDays(p.validTo, 1)}|${p.successorCode}`) ?? null) : null,
      validity: validityOf(p),
    }));
  });

  retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
