import { Injectable, computed, inject, signal } from '@angular/core';
import type { PeriodStatusView } from '@tdkt/shared/contracts';
import { currentYearInVietnam } from '@tdkt/shared/util-text';
import { Observable, map, tap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import { PeriodCode } from './period-status';
import { PeriodsService } from './periods.service';

/** The cluster whose periods the page shows, or null when the user's province is in none that year. */
export interface PeriodCluster {
  readonly code: string;
  readonly name: string;
}

/** The periods page: the user's cluster, the chosen year, and both periods' status (updated after each action). */
@Injectable()
export class PeriodsStore {
  private readonly api = inject(PeriodsService);
  private readonly auth = inject(AuthService);
  private readonly attempt = signal(0);
  /** Answers of submit/lock/unlock, newer than what was loaded. */
  private readonly updated = signal<Partial<Record<PeriodCode, PeriodStatusView>>>({});

  readonly currentYear = currentYearInVietnam();
  readonly year = signal(this.currentYear);

  readonly user = this.auth.user;
  /** A chair manages their cluster's periods. */
  readonly isChair = computed(() => this.auth.hasRole('CLUSTER_CHAIR') && !!this.user()?.clusterCode);
  /** Province staff submit their own province's records. */
  readonly isStaff = computed(() => this.auth.hasRole('PROVINCE_STAFF') && !!this.user()?.provinceCode);

  /** Nothing loads before the page has passed the address's year. */
  private readonly started = signal(false);

  private readonly clusterQuery = computed(() => {
    const user = this.user();
    if (!this.started() || !user || (!this.isChair() && !this.isStaff())) return null;
    return {
      clusterCode: this.isChair() ? (user.clusterCode ?? null) : null,
      provinceCode: user.provinceCode ?? '',
      year: this.year(),
      attempt: this.attempt(),
    };
  });

  /** Null for a user who is neither chair nor province staff. */
  readonly cluster = loadOnChange(this.clusterQuery, ({ clusterCode, provinceCode, year }): Observable<PeriodCluster | null> =>
    (clusterCode ? this.api.cluster(clusterCode) : this.api.clusterOf(provinceCode, year)).pipe(
      map((c) => (c ? { code: c.code, name: c.name } : null)),
    ),
  );

  private readonly periodsQuery = computed(() => {
    const cluster = dataOf(this.cluster());
    return cluster ? { code: cluster.code, year: this.year(), attempt: this.attempt() } : null;
  });

  private readonly loaded = loadOnChange(this.periodsQuery, ({ code, year }) =>
    this.api.year(code, year).pipe(tap(() => this.updated.set({}))),
  );

  /** Both periods, with the latest answers of the user's actions applied. */
  readonly periods = computed<LoadState<PeriodStatusView[]> | null>(() => {
    const state = this.loaded();
    if (!state || state.status !== 'ready') return state ?? (this.periodsQuery() ? LOADING : null);
    const updated = this.updated();
    return { status: 'ready', data: state.data.map((v) => updated[v.period] ?? v) };
  });

  chooseYear(year: number): void {
    this.year.set(year);
    this.started.set(true);
  }

  retry(): void {
    this.attempt.update((n) => n + 1);
  }

  submit(view: PeriodStatusView, note: string | null): Observable<PeriodStatusView> {
    return this.api.submit(view.clusterCode, view.year, view.period, note).pipe(tap((v) => this.apply(v)));
  }

  setLock(view: PeriodStatusView, locked: boolean, reason: string): Observable<PeriodStatusView> {
    return this.api.setLock(view.clusterCode, view.year, view.period, locked, reason).pipe(tap((v) => this.apply(v)));
  }

  private apply(view: PeriodStatusView): void {
    this.updated.update((u) => ({ ...u, [view.period]: view }));
  }
}
