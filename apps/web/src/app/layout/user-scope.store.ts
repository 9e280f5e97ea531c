import { HttpClient } from '@angular/common/http';
import { Injectable, Signal, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ClusterView, ProvinceView } from '@tdkt/shared/contracts';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { Observable, catchError, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { API_BASE_URL } from '../core/http/api-base-url';

/** A name looked up from its code: undefined while asking, null when it cannot be found (the code is shown instead). */
export type ScopeName = string | null | undefined;

/** Names of the signed-in user's province and cluster: the session only carries their codes. */
@Injectable()
export class UserScopeStore {
  private readonly auth = inject(AuthService);
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  readonly provinceCode = computed(() => this.auth.user()?.provinceCode ?? null);
  readonly clusterCode = computed(() => this.auth.user()?.clusterCode ?? null);

  readonly provinceName = this.lookUp(this.provinceCode, () =>
    this.http.get<ProvinceView[]>(`${this.base}/provinces`, { params: { validOn: todayInVietnam() } }),
  );
  readonly clusterName = this.lookUp(this.clusterCode, () => this.http.get<ClusterView[]>(`${this.base}/clusters`));

  private lookUp(code: Signal<string | null>, list: () => Observable<readonly { code: string; name: string }[]>): Signal<ScopeName> {
    return toSignal(
      toObservable(code).pipe(
        distinctUntilChanged(),
        switchMap((wanted) =>
          wanted === null
            ? of(null)
            : list().pipe(
                map((items): ScopeName => items.find((item) => item.code === wanted)?.name ?? null),
                catchError(() => of(null)),
                startWith(undefined),
              ),
        ),
      ),
      { initialValue: undefined },
    );
  }
}
