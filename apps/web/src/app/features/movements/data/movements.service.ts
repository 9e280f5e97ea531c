import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ClusterView,
  CreateMovementDto,
  MovementResultDto,
  MovementResultView,
  MovementView,
  Page,
  ProvinceView,
} from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';

export interface MovementCriteria {
  readonly year: number | null;
  readonly clusterCode: string | null;
  readonly page: number;
  readonly pageSize: number;
}

/** `/api/v1/movements` and the movement's results; clusters and provinces for the choices of the form. */
@Injectable({ providedIn: 'root' })
export class MovementsService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  list(criteria: MovementCriteria): Observable<Page<MovementView>> {
    let params = new HttpParams().set('page', criteria.page).set('pageSize', criteria.pageSize);
    if (criteria.year) params = params.set('year', criteria.year);
    if (criteria.clusterCode) params = params.set('clusterCode', criteria.clusterCode);
    return this.http.get<Page<MovementView>>(`${this.base}/movements`, { params });
  }

  get(id: string): Observable<MovementView> {
    return this.http.get<MovementView>(`${this.base}/movements/${encodeURIComponent(id)}`);
  }

  create(body: CreateMovementDto): Observable<MovementView> {
    return this.http.post<MovementView>(`${this.base}/movements`, body);
  }

  update(id: string, body: CreateMovementDto & { version: number }): Observable<MovementView> {
    return this.http.patch<MovementView>(`${this.base}/movements/${encodeURIComponent(id)}`, body);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/movements/${encodeURIComponent(id)}`);
  }

  results(id: string): Observable<MovementResultView[]> {
    return this.http.get<MovementResultView[]>(`${this.base}/movements/${encodeURIComponent(id)}/results`);
  }

  saveResults(id: string, items: MovementResultDto[]): Observable<MovementResultView[]> {
    return this.http.put<MovementResultView[]>(`${this.base}/movements/${encodeURIComponent(id)}/results`, items);
  }

  clusters(): Observable<ClusterView[]> {
    return this.http.get<ClusterView[]>(`${this.base}/clusters`);
  }

  /** Provinces in force on a day (`YYYY-MM-DD`), or the whole history for null. */
  provinces(validOn: string | null): Observable<ProvinceView[]> {
    const params = validOn ? new HttpParams().set('validOn', validOn) : undefined;
    return this.http.get<ProvinceView[]>(`${this.base}/provinces`, { params });
  }
}
