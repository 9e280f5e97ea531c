import { Injectable, computed, inject, signal } from '@angular/core';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { AuthService } from '../../../core/auth/auth.service';
import { LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import type { PledgeView } from '@tdkt/shared/contracts';
import { PeriodCode, PledgeRow, commendationCounts, levelBreakdown, pledgeAchievement, submissionRows } from './dashboard-figures';
import { DashboardService } from './dashboard.service';

export interface PledgeSummary {
  readonly pledge: PledgeView;
  readonly rows: PledgeRow[];
}

/** The dashboard of one cluster and year: submissions, commendation figures, pledge achievement. */
@Injectable()
export class DashboardStore {
  private readonly api = inject(DashboardService);
  private readonly auth = inject(AuthService);
  private readonly attempt = signal(0);

  readonly currentYear = Number(todayInVietnam().slice(0, 4));
  readonly year = signal(this.currentYear);
  /** The cluster a reviewer chose (a chair always sees their own). */
  readonly chosenCluster = signal<string | null>(null);
  readonly figuresPeriod = signal<PeriodCode>('H1');

  /** Reviewers and administrators may look at any cluster. */
  readonly canChooseCluster = computed(() => this.auth.hasAnyRole('COUNCIL_REVIEWER', 'ADMIN'));
  readonly ownCluster = computed(() => (this.auth.hasRole('CLUSTER_CHAIR') ? (this.auth.user()?.clusterCode ?? null) : null));
  readonly clusterCode = computed(() => (this.canChooseCluster() ? this.chosenCluster() : null) ?? this.ownCluster());
  readonly allowed = computed(() => this.canChooseCluster() || this.ownCluster() !== null);

  private readonly clustersQuery = computed(() => (this.allowed() ? { attempt: this.attempt() } : null));
  readonly clusters = loadOnChange(this.clustersQuery, () => this.api.clusters());
  readonly clusterOptions = computed(() => dataOf(this.clusters()) ?? []);
  readonly clusterName = computed(() => dataOf(this.clusters())?.find((c) => c.code === this.clusterCode())?.name ?? this.clusterCode());

  /** Nothing loads before the page has passed the address's choice. */
  private readonly selected = signal(false);
  private readonly scope = computed(() => {
    const code = this.selected() ? this.clusterCode() : null;
    return code ? { code, year: this.year(), attempt: this.attempt() } : null;
  });

  readonly periods = loadOnChange(this.scope, ({ code, year }) => this.api.periods(code, year));
  readonly rows = computed(() => {
    const periods = dataOf(this.periods());
    return periods ? submissionRows(periods[0], periods[1]) : [];
  });

  private readonly figuresQuery = computed(() => {
    const scope = this.scope();
    return scope ? { ...scope, period: this.figuresPeriod() } : null;
  });
  /** The report figures of the chosen period, computed by the server (nothing is created). */
  readonly figures = loadOnChange(this.figuresQuery, ({ code, year, period }) => this.api.figures(code, year, period));
  readonly counts = computed(() => {
    const figures = dataOf(this.figures());
    return figures ? commendationCounts(figures.statistics) : [];
  });
  readonly levels = computed(() => {
    const figures = dataOf(this.figures());
    return figures ? levelBreakdown(figures.statistics.cluster.commendations) : [];
  });

  private readonly pledgeLoaded = loadOnChange(this.scope, ({ code, year }) => this.api.pledge(code, year));
  /** Ready with null: no pledge signed that year. */
  readonly pledge = computed<LoadState<PledgeSummary | null> | null>(() => {
    const state = this.pledgeLoaded();
    if (!state || state.status !== 'ready') return state;
    const value = state.data;
    return { status: 'ready', data: value ? { pledge: value.pledge, rows: pledgeAchievement(value.results, this.rows()) } : null };
  });

  select(cluster: string | null, year: number): void {
    this.chosenCluster.set(cluster);
    this.year.set(year);
    this.selected.set(true);
  }

  retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
