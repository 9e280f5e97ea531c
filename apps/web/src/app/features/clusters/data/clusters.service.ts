import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ClusterMemberView, ClusterView } from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';

/** `GET /api/v1/clusters` and `GET /api/v1/clusters/{code}/members?year=`. */
@Injectable({ providedIn: 'root' })
export class ClustersService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  list(): Observable<ClusterView[]> {
    return this.http.get<ClusterView[]>(`${this.base}/clusters`);
  }

  members(code: string, year: number): Observable<ClusterMemberView[]> {
    return this.http.get<ClusterMemberView[]>(`${this.base}/clusters/${encodeURIComponent(code)}/members`, {
      params: new HttpParams().set('year', year),
    });
  }
}
