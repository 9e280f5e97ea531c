import { Injectable, computed, inject, linkedSignal, signal } from '@angular/core';
import type { ClusterMemberView, PledgeResultDto, PledgeResultView, PledgeView } from '@tdkt/shared/contracts';
import { Observable, forkJoin, map, of, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import { PledgesService } from './pledges.service';

export interface PledgeContext {
  readonly pledge: PledgeView;
  readonly clusterName: string;
  /** Member provinces of the pledge's year, chair first. */
  readonly members: ClusterMemberView[];
}

const ROLE_ORDER: Record<string, number> = { CHAIR: 0, VICE_CHAIR: 1, MEMBER: 2 };

/** One pledge: its criteria, the members of its year and every readable province's results. */
@Injectable()
export class PledgeDetailStore {
  private readonly api = inject(PledgesService);
  private readonly auth = inject(AuthService);
  private readonly attempt = signal(0);

  readonly id = signal<string | null>(null);

  private readonly params = computed(() => {
    const id = this.id();
    return id ? { id, attempt: this.attempt() } : null;
  });

  private readonly loaded = loadOnChange(this.params, ({ id }) =>
    this.api.get(id).pipe(
      switchMap((pledge) =>
        forkJoin({
          pledge: of(pledge),
          clusters: this.api.clusters(),
          members: this.members(pledge.clusterCode, pledge.year),
          results: this.api.results(id),
        }),
      ),
    ),
  );

  readonly state = computed<LoadState<PledgeContext>>(() => {
    const state = this.loaded() ?? LOADING;
    if (state.status !== 'ready') return state;
    const { pledge, clusters, members } = state.data;
    const clusterName = clusters.find((c) => c.code === pledge.clusterCode)?.name ?? pledge.clusterCode;
    return { status: 'ready', data: { pledge, clusterName, members } };
  });

  /** Replaced by what the server answers after a save. */
  readonly results = linkedSignal<PledgeResultView[]>(() => dataOf(this.loaded())?.results ?? []);

  readonly user = this.auth.user;
  readonly canEnter = computed(() => this.auth.hasRole('PROVINCE_STAFF') && !!this.user()?.provinceCode);
  readonly isChair = computed(() => {
    const pledge = dataOf(this.state())?.pledge;
    return this.auth.hasRole('CLUSTER_CHAIR') && !!pledge && this.user()?.clusterCode === pledge.clusterCode;
  });

  /** The signed-in officer's province among the members of the pledge's year. */
  readonly ownMember = computed<ClusterMemberView | null>(() => {
    const code = this.user()?.provinceCode;
    return dataOf(this.state())?.members.find((m) => m.provinceCode === code) ?? null;
  });

  /** The officer's own province's rows; a stable array, so the grid keeps its form until the data changes. */
  readonly ownResults = computed(() => this.resultsOf(this.ownMember()?.provinceCode ?? null));

  resultsOf(provinceCode: string | null): PledgeResultView[] {
    return this.results().filter((r) => r.provinceCode === provinceCode);
  }

  save(id: string, items: PledgeResultDto[]): Observable<PledgeResultView[]> {
    return this.api.saveResults(id, items).pipe(map((saved) => (this.results.set(saved), saved)));
  }

  retry(): void {
    this.attempt.update((n) => n + 1);
  }

  private members(clusterCode: string, year: number): Observable<ClusterMemberView[]> {
    return this.api
      .members(clusterCode, year)
      .pipe(
        map((list) =>
          [...list].sort(
            (a, b) => (ROLE_ORDER[a.role] ?? 3) - (ROLE_ORDER[b.role] ?? 3) || a.provinceName.localeCompare(b.provinceName, 'vi'),
          ),
        ),
      );
  }
}
