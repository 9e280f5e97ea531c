import { Injectable, computed, inject, signal } from '@angular/core';
import type { ClusterMemberView, ClusterView, ProvinceView } from '@tdkt/shared/contracts';
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
  /** The codes the signed-in officer's province stands for: itself and the provinces merged into it. */
  readonly ownCodes: string[];
}

/** How many years back the pages look for the latest year that has members, when the address names none. */
export const YEARS_BACK = 5;

const ROLE_ORDER: Record<string, number> = { CHAIR: 0, VICE_CHAIR: 1, MEMBER: 2 };

/** A province and, transitively, every province that merged into it (their `successorCode` leads to it). */
export function provinceFamily(code: string, provinces: readonly Pick<ProvinceView, 'code' | 'successorCode'>[]): string[] {
  const family = new Set([code]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of provinces) {
      if (p.successorCode && family.has(p.successorCode) && !family.has(p.code)) {
        family.add(p.code);
        grew = true;
      }
    }
  }
  return [...family];
}

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

  /** The codes the officer speaks for (a merged province's staff answer for its predecessors too); none for others. */
  readonly ownCodes = computed(() => (this.auth.hasRole('PROVINCE_STAFF') ? (this.context()?.ownCodes ?? []) : []));
  /** The members of the year the officer scores and votes for. */
  readonly ownMembers = computed(() => this.members().filter((m) => this.ownCodes().includes(m.provinceCode)));
  readonly ownMember = computed<ClusterMemberView | null>(() => this.ownMembers().at(0) ?? null);

  isOwn(provinceCode: string | null | undefined): boolean {
    return !!provinceCode && this.ownCodes().includes(provinceCode);
  }

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
          : of({ year: start, cluster: context.cluster, members: [], ownCodes: context.ownCodes });
      }),
    );
  }

  private contextOf(year: number, clusterCode: string | null, provinceCode: string | null): Observable<YearEndContext> {
    const provinces = provinceCode ? this.api.provinces() : of([] as ProvinceView[]);
    return forkJoin({ clusters: this.api.clusters(), provinces }).pipe(
      switchMap(({ clusters, provinces }) => {
        const ownCodes = provinceCode ? provinceFamily(provinceCode, provinces) : [];
        if (clusterCode) {
          const cluster = clusters.find((c) => c.code === clusterCode) ?? { code: clusterCode, name: clusterCode };
          return this.api.members(clusterCode, year).pipe(map((members) => ({ year, cluster, members: sortMembers(members), ownCodes })));
        }
        if (!provinceCode || !clusters.length) return of({ year, cluster: null, members: [], ownCodes });
        // The API has no direct look-up of a province's cluster: each cluster's membership of the year is read.
        return forkJoin(clusters.map((c) => this.api.members(c.code, year).pipe(map((members) => ({ cluster: c, members }))))).pipe(
          map((all) => {
            const found = all.find((entry) => entry.members.some((m) => ownCodes.includes(m.provinceCode)));
            return found
              ? { year, cluster: found.cluster, members: sortMembers(found.members), ownCodes }
              : { year, cluster: null, members: [], ownCodes };
          }),
        );
      }),
    );
  }
}
