import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ClusterMemberView, ClusterView, PeriodStatusView } from '@tdkt/shared/contracts';
import { Observable, forkJoin, map, of, switchMap } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';
import { PERIODS, PeriodCode } from './period-status';

/** `GET/POST /api/v1/periods/{clusterCode}/{year}/{period}[/submit|/lock|/unlock]`, and the cluster of a province. */
@Injectable({ providedIn: 'root' })
export class PeriodsService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  private url(clusterCode: string, year: number, period: PeriodCode): string {
    return `${this.base}/periods/${encodeURIComponent(clusterCode)}/${year}/${period}`;
  }

  status(clusterCode: string, year: number, period: PeriodCode): Observable<PeriodStatusView> {
    return this.http.get<PeriodStatusView>(this.url(clusterCode, year, period));
  }

  /** Both periods of a year, H1 first. */
  year(clusterCode: string, year: number): Observable<PeriodStatusView[]> {
    return forkJoin(PERIODS.map((p) => this.status(clusterCode, year, p)));
  }

  submit(clusterCode: string, year: number, period: PeriodCode, note: string | null): Observable<PeriodStatusView> {
    return this.http.post<PeriodStatusView>(`${this.url(clusterCode, year, period)}/submit`, { note });
  }

  setLock(clusterCode: string, year: number, period: PeriodCode, locked: boolean, reason: string): Observable<PeriodStatusView> {
    return this.http.post<PeriodStatusView>(`${this.url(clusterCode, year, period)}/${locked ? 'lock' : 'unlock'}`, { reason });
  }

  cluster(code: string): Observable<ClusterView | null> {
    return this.http.get<ClusterView[]>(`${this.base}/clusters`).pipe(map((clusters) => clusters.find((c) => c.code === code) ?? null));
  }

  /**
   * The cluster a province belongs to in a year. The API has no direct look-up, so each cluster's
   * membership of that year is read (a handful of small requests); null when it belongs to none.
   */
  clusterOf(provinceCode: string, year: number): Observable<ClusterView | null> {
    const params = new HttpParams().set('year', year);
    return this.http.get<ClusterView[]>(`${this.base}/clusters`).pipe(
      switchMap((clusters) =>
        clusters.length
          ? forkJoin(
              clusters.map((c) =>
                this.http
                  .get<ClusterMemberView[]>(`${this.base}/clusters/${encodeURIComponent(c.code)}/members`, { params })
                  .pipe(map((members) => (members.some((m) => m.provinceCode === provinceCode) ? c : null))),
              ),
            )
          : of([]),
      ),
      map((found) => found.find((c) => c !== null) ?? null),
    );
  }
}
