import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';
import { AuditPage, AuditQuery, ChainReport } from './audit-entry';

/** `GET /api/v1/audit` and `GET /api/v1/audit/verify`. */
@Injectable({ providedIn: 'root' })
export class AuditService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  list(query: AuditQuery): Observable<AuditPage> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    if (query.entity) params = params.set('entity', query.entity);
    if (query.entityId) params = params.set('entityId', query.entityId);
    return this.http.get<AuditPage>(`${this.base}/audit`, { params });
  }

  verify(): Observable<ChainReport> {
    return this.http.get<ChainReport>(`${this.base}/audit/verify`);
  }
}
