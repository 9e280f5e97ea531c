import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ClusterFiguresView, ClusterView, PeriodStatusView, PledgeResultView, PledgeView } from '@tdkt/shared/contracts';
import { Observable, forkJoin, map, of, switchMap } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';
import { PeriodCode } from './dashboard-figures';

/** The figures of the dashboard, each from an endpoint that computes it (no client-side counting of list rows). */
@Injectable({ providedIn: 'root' })
export class DashboardService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  clusters(): Observable<ClusterView[]> {
    return this.http.get<ClusterView[]>(`${this.base}/clusters`);
  }

  /** `GET /periods/{cluster}/{year}/{H1|FY}`: submissions and locks of both periods. */
  periods(clusterCode: string, year: number): Observable<[PeriodStatusView, PeriodStatusView]> {
    const url = (p: PeriodCode): string => `${this.base}/periods/${encodeURIComponent(clusterCode)}/${year}/${p}`;
    return forkJoin([this.http.get<PeriodStatusView>(url('H1')), this.http.get<PeriodStatusView>(url('FY'))]);
  }

  /**
   * `GET /clusters/{code}/years/{year}/figures?period=`: the cluster period's report figures (per province, last
   * year's same period, breakdowns), computed by the server in one request without creating a report.
   */
  figures(clusterCode: string, year: number, period: PeriodCode): Observable<ClusterFiguresView> {
    return this.http.get<ClusterFiguresView>(`${this.base}/clusters/${encodeURIComponent(clusterCode)}/years/${year}/figures`, {
      params: new HttpParams().set('period', period),
    });
  }

  /** The cluster's pledge of the year with every province's results; null when none was signed. */
  pledge(clusterCode: string, year: number): Observable<{ pledge: PledgeView; results: PledgeResultView[] } | null> {
    return this.http
      .get<PledgeView[]>(`${this.base}/pledges`, { params: new HttpParams().set('clusterCode', clusterCode).set('year', year) })
      .pipe(
        switchMap((pledges) => {
          const pledge = pledges[0];
          return pledge
            ? this.http.get<PledgeResultView[]>(`${this.base}/pledges/${pledge.id}/results`).pipe(map((results) => ({ pledge, results })))
            : of(null);
        }),
      );
  }
}
