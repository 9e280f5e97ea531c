import { Injectable, computed, inject, signal } from '@angular/core';
import type { ClusterView, PledgeView } from '@tdkt/shared/contracts';
import { forkJoin } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, loadOnChange } from '../../../core/data/load-state';
import { PledgesService } from './pledges.service';

export interface PledgeRow extends PledgeView {
  readonly clusterName: string;
}

/** The pledges the user may read (the API keeps staff to their cluster, the chair to theirs), by year. */
@Injectable()
export class PledgesListStore {
  private readonly api = inject(PledgesService);
  private readonly auth = inject(AuthService);
  private readonly attempt = signal(0);

  /** null: every year. */
  readonly year = signal<number | null>(null);

  private readonly criteria = computed(() => ({
    attempt: this.attempt(),
    year: this.year(),
    // A chair looks at their own cluster; the API narrows everyone else by scope.
    clusterCode: this.auth.user()?.clusterCode ?? null,
  }));

  private readonly loaded = loadOnChange(this.criteria, (c) =>
    forkJoin({ pledges: this.api.list({ year: c.year, clusterCode: c.clusterCode }), clusters: this.api.clusters() }),
  );

  readonly state = computed<LoadState<PledgeRow[]>>(() => {
    const state = this.loaded() ?? LOADING;
    if (state.status !== 'ready') return state;
    const names = new Map(state.data.clusters.map((c: ClusterView) => [c.code, c.name]));
    return { status: 'ready', data: state.data.pledges.map((p) => ({ ...p, clusterName: names.get(p.clusterCode) ?? p.clusterCode })) };
  });

  /** Only the chair records the cluster's pledge. */
  readonly canCreate = computed(() => this.auth.hasRole('CLUSTER_CHAIR') && !!this.auth.user()?.clusterCode);

  /** Staff enter their province's results; everyone else only reads them. */
  readonly canEnter = computed(() => this.auth.hasRole('PROVINCE_STAFF'));

  retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
