import { Injectable, computed, inject, linkedSignal, signal } from '@angular/core';
import type { ClusterView, MovementResultDto, MovementResultView, MovementView, ProvinceView } from '@tdkt/shared/contracts';
import { Observable, catchError, forkJoin, of, tap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import { canEnterResults, canManage } from './movement-access';
import { MovementsService } from './movements.service';

export interface MovementDetail {
  readonly movement: MovementView;
  /** The cluster's or the province's name for a movement of that scope. */
  readonly scopeName: string | null;
}

/** One movement with the provinces' results the user may read. */
@Injectable()
export class MovementDetailStore {
  private readonly api = inject(MovementsService);
  private readonly auth = inject(AuthService);
  private readonly attempt = signal(0);

  readonly id = signal<string | null>(null);
  private readonly params = computed(() => {
    const id = this.id();
    return id ? { id, attempt: this.attempt() } : null;
  });

  private readonly loaded = loadOnChange(this.params, ({ id }) =>
    forkJoin({
      movement: this.api.get(id),
      results: this.api.results(id),
      clusters: this.api.clusters().pipe(catchError(() => of<ClusterView[]>([]))),
      provinces: this.api.provinces(null).pipe(catchError(() => of<ProvinceView[]>([]))),
    }),
  );

  readonly state = computed<LoadState<MovementDetail>>(() => {
    const state = this.loaded() ?? LOADING;
    if (state.status !== 'ready') return state;
    const { movement, clusters, provinces } = state.data;
    const scopeName = movement.clusterCode
      ? (clusters.find((c) => c.code === movement.clusterCode)?.name ?? movement.clusterCode)
      : movement.provinceCode
        ? ([...provinces].reverse().find((p) => p.code === movement.provinceCode)?.name ?? movement.provinceCode)
        : null;
    return { status: 'ready', data: { movement, scopeName } };
  });

  /** Replaced by the server's answer after a save. */
  readonly results = linkedSignal<MovementResultView[]>(() => dataOf(this.loaded())?.results ?? []);
  readonly ownResults = computed(() => this.results().filter((r) => r.provinceCode === this.auth.user()?.provinceCode));

  readonly canManage = computed(() => {
    const movement = dataOf(this.state())?.movement;
    return !!movement && canManage(this.auth.user(), movement);
  });
  readonly canEnter = computed(() => canEnterResults(this.auth.user()));
  readonly provinceCode = computed(() => this.auth.user()?.provinceCode ?? '');

  saveResults(id: string, items: MovementResultDto[]): Observable<MovementResultView[]> {
    return this.api.saveResults(id, items).pipe(tap((saved) => this.results.set(saved)));
  }

  remove(id: string): Observable<void> {
    return this.api.remove(id);
  }

  retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
