import { Injectable, computed, inject, signal } from '@angular/core';
import type { ClusterMemberView, ClusterView } from '@tdkt/shared/contracts';
import { currentYearInVietnam } from '@tdkt/shared/util-text';
import { Observable, forkJoin, map, of, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import { YearEndService } from './year-end.service';

/** The cluster-year the year-end pages work on. */
export interface YearEndContext {
  readonly year: number;
  /** Null when the user's province (or cluster) has no membership that year. */
  readonly cluster: Pick<ClusterView, 'code' | 'name'> | null;
  /** Members of that year, chair first, then by name. */
  readonly members: ClusterMemberView[];
}

/** How many years back the pages look for the latest year that has members, when the address names none. */
export const YEARS_BACK = 5;

const ROLE_ORDER: Record<string, number> = { CHAIR: 0, VICE_CHAIR: 1, MEMBER: 2 };

export function sortMembers(members: readonly ClusterMemberView[]): ClusterMemberView[] {
  return [...members].sort(
    (a, b) => (ROLE_ORDER[a.role] ?? 3) - (ROLE_ORDER[b.role] ?? 3) || a.provinceName.localeCompare(b.provinceName, 'vi'),
  );
}

/** The chosen year, the user's cluster that year and its members; shared by every year-end page. */
@Injectable()
export class YearEndStore {
  private readonly api = inject(YearEndService);
  private readonly auth = inject(AuthService);
  private readonly attempt = signal(0);

  readonly currentYear = currentYearInVietnam();
  /** From the address; null: the latest year (up to YEARS_BACK back) in which the user's cluster has members. */
  readonly requestedYear = signal<number | null>(null);
  readonly user = this.auth.user;

  private readonly params = computed(() => ({ year: this.requestedYear(), user: this.user(), attempt: this.attempt() }));

  private readonly loaded = loadOnChange(this.params, ({ year, user }) => {
    if (year !== null) return this.contextOf(year, user?.clusterCode ?? null, user?.provinceCode ?? null);
    return this.latest(this.currentYear, user?.clusterCode ?? null, user?.provinceCode ?? null);
  });

  readonly state = computed<LoadState<YearEndContext>>(() => this.loaded() ?? LOADING);
  readonly context = computed(() => dataOf(this.state()));
  /** The year shown: the loaded one, else the one asked for, else this year. */
  readonly year = computed(() => this.context()?.year ?? this.requestedYear() ?? this.currentYear);
  readonly clusterCode = computed(() => this.context()?.cluster?.code ?? null);
  readonly members = computed(() => this.context()?.members ?? []);

  /** The chair of the shown cluster (the server checks every request again). */
  readonly isChair = computed(() => {
    const code = this.clusterCode();
    return this.auth.hasRole('CLUSTER_CHAIR') && !!code && this.user()?.clusterCode === code;
  });

  /** The signed-in officer's own province among the members of the year, if they are province staff. */
  readonly ownMember = computed<ClusterMemberView | null>(() => {
    if (!this.auth.hasRole('PROVINCE_STAFF')) return null;
    const code = this.user()?.provinceCode;
    return this.members().find((m) => m.provinceCode === code) ?? null;
  });

  retry(): void {
    this.attempt.update((n) => n + 1);
  }

  /** Year by year from `start` down, the first in which the user's cluster has members; else `start` without membership. */
  private latest(start: number, clusterCode: string | null, provinceCode: string | null, back = 0): Observable<YearEndContext> {
    return this.contextOf(start - back, clusterCode, provinceCode).pipe(
      switchMap((context) => {
        if (context.members.length) return of(context);
        return back < YEARS_BACK
          ? this.latest(start, clusterCode, provinceCode, back + 1)
          : of({ year: start, cluster: context.cluster, members: [] });
      }),
    );
  }

  private contextOf(year: number, clusterCode: string | null, provinceCode: string | null): Observable<YearEndContext> {
    return this.api.clusters().pipe(
      switchMap((clusters) => {
        if (clusterCode) {
          const cluster = clusters.find((c) => c.code === clusterCode) ?? { code: clusterCode, name: clusterCode };
          return this.api.members(clusterCode, year).pipe(map((members) => ({ year, cluster, members: sortMembers(members) })));
        }
        if (!provinceCode || !clusters.length) return of({ year, cluster: null, members: [] });
        // The API has no direct look-up of a province's cluster: each cluster's membership of the year is read.
        return forkJoin(clusters.map((c) => this.api.members(c.code, year).pipe(map((members) => ({ cluster: c, members }))))).pipe(
          map((all) => {
            const found = all.find((entry) => entry.members.some((m) => m.provinceCode === provinceCode));
            return found ? { year, cluster: found.cluster, members: sortMembers(found.members) } : { year, cluster: null, members: [] };
          }),
        );
      }),
    );
  }
}
