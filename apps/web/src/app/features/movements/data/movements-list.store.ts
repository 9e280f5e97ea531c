import { Injectable, computed, inject, signal } from '@angular/core';
import type { ClusterView, MovementView, Page, ProvinceView } from '@tdkt/shared/contracts';
import { catchError, of } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import { canManage, creatableScopes } from './movement-access';
import { DEFAULT_CRITERIA, MovementListCriteria } from './movement-list-criteria';
import { MovementsService } from './movements.service';

export const PAGE_SIZE = 20;

export interface MovementRow extends MovementView {
  /** "Toàn quốc", the cluster's or the province's name, ready to show. */
  readonly scopeName: string | null;
  readonly editable: boolean;
}

/** `/movements?year=&clusterCode=&page=`: the movements the user may read, filtered by year and cluster, a page at a time. */
@Injectable()
export class MovementsListStore {
  private readonly api = inject(MovementsService);
  private readonly auth = inject(AuthService);
  private readonly attempt = signal(0);

  /** Set by the page from the address bar. */
  readonly criteria = signal<MovementListCriteria>(DEFAULT_CRITERIA);

  private readonly request = computed(() => ({ criteria: this.criteria(), attempt: this.attempt() }));
  private readonly loaded = loadOnChange(this.request, ({ criteria }) => this.api.list({ ...criteria, pageSize: PAGE_SIZE }));
  private readonly clusterList = loadOnChange(signal(true), () => this.api.clusters().pipe(catchError(() => of<ClusterView[]>([]))));
  private readonly provinceList = loadOnChange(signal(true), () => this.api.provinces(null).pipe(catchError(() => of<ProvinceView[]>([]))));

  readonly clusters = computed(() => dataOf(this.clusterList()) ?? []);
  readonly canCreate = computed(() => creatableScopes(this.auth.user()).length > 0);

  readonly state = computed<LoadState<Page<MovementRow>>>(() => {
    const state = this.loaded() ?? LOADING;
    if (state.status !== 'ready') return state;
    const clusters = new Map(this.clusters().map((c) => [c.code, c.name]));
    // The history holds one entry per version of a province: the latest name wins.
    const provinces = new Map((dataOf(this.provinceList()) ?? []).map((p) => [p.code, p.name]));
    const user = this.auth.user();
    return {
      status: 'ready',
      data: {
        ...state.data,
        items: state.data.items.map((m) => ({
          ...m,
          scopeName: m.clusterCode
            ? (clusters.get(m.clusterCode) ?? m.clusterCode)
            : m.provinceCode
              ? (provinces.get(m.provinceCode) ?? m.provinceCode)
              : null,
          editable: canManage(user, m),
        })),
      },
    };
  });

  retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
