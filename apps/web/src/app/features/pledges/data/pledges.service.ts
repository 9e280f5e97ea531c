import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ClusterMemberView,
  ClusterView,
  CreatePledgeDto,
  PledgeResultDto,
  PledgeResultView,
  PledgeView,
} from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';

export interface PledgeCriteria {
  readonly year: number | null;
  readonly clusterCode: string | null;
}

/** `GET /api/v1/pledges`, one pledge, its results and `PUT …/results`. */
@Injectable({ providedIn: 'root' })
export class PledgesService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  list(criteria: PledgeCriteria): Observable<PledgeView[]> {
    let params = new HttpParams();
    if (criteria.year) params = params.set('year', criteria.year);
    if (criteria.clusterCode) params = params.set('clusterCode', criteria.clusterCode);
    return this.http.get<PledgeView[]>(`${this.base}/pledges`, { params });
  }

  get(id: string): Observable<PledgeView> {
    return this.http.get<PledgeView>(`${this.base}/pledges/${encodeURIComponent(id)}`);
  }

  create(body: CreatePledgeDto): Observable<PledgeView> {
    return this.http.post<PledgeView>(`${this.base}/pledges`, body);
  }

  results(id: string): Observable<PledgeResultView[]> {
    return this.http.get<PledgeResultView[]>(`${this.base}/pledges/${encodeURIComponent(id)}/results`);
  }

  saveResults(id: string, items: PledgeResultDto[]): Observable<PledgeResultView[]> {
    return this.http.put<PledgeResultView[]>(`${this.base}/pledges/${encodeURIComponent(id)}/results`, items);
  }

  members(clusterCode: string, year: number): Observable<ClusterMemberView[]> {
    return this.http.get<ClusterMemberView[]>(`${this.base}/clusters/${encodeURIComponent(clusterCode)}/members`, {
      params: new HttpParams().set('year', year),
    });
  }

  clusters(): Observable<ClusterView[]> {
    return this.http.get<ClusterView[]>(`${this.base}/clusters`);
  }
}
