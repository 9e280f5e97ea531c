import { Injectable, computed, inject, signal } from '@angular/core';
import type { ClusterView } from '@tdkt/shared/contracts';
import { currentYearInVietnam } from '@tdkt/shared/util-text';
import { map } from 'rxjs';
import { LOADING, LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import { sortMembers } from './cluster-members';
import { ClustersService } from './clusters.service';

export interface ClusterSelection {
  readonly code: string;
  readonly year: number;
}

/** The clusters, and the members of the chosen cluster in the chosen year. */
@Injectable()
export class ClustersStore {
  private readonly api = inject(ClustersService);
  private readonly clustersAttempt = signal(0);
  private readonly membersAttempt = signal(0);
  private readonly selected = signal<ClusterSelection | null>(null);

  readonly currentYear = currentYearInVietnam();
  readonly selection = this.selected.asReadonly();

  private readonly clustersLoaded = loadOnChange(this.clustersAttempt, () => this.api.list());
  readonly clusters = computed<LoadState<ClusterView[]>>(() => this.clustersLoaded() ?? LOADING);

  readonly cluster = computed<ClusterView | null>(() => {
    const code = this.selected()?.code;
    return dataOf(this.clusters())?.find((c) => c.code === code) ?? null;
  });

  private readonly membersQuery = computed(() => {
    const selection = this.selected();
    return selection ? { ...selection, attempt: this.membersAttempt() } : null;
  });

  /** Null while no cluster is chosen. */
  readonly members = loadOnChange(this.membersQuery, ({ code, year }) => this.api.members(code, year).pipe(map(sortMembers)));

  select(code: string | null, year: number): void {
    const current = this.selected();
    if (code === null) this.selected.set(null);
    else if (current?.code !== code || current.year !== year) this.selected.set({ code, year });
  }

  retryClusters(): void {
    this.clustersAttempt.update((n) => n + 1);
  }

  retryMembers(): void {
    this.membersAttempt.update((n) => n + 1);
  }
}
