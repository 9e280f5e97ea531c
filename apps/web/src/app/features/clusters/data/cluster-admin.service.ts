import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ClusterMemberView, ProvinceView } from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';
import { MemberBody } from './membership-draft';

/** `PUT /api/v1/clusters/{code}/members/{year}` (administrators) and the provinces that existed that year. */
@Injectable({ providedIn: 'root' })
export class ClusterAdminService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  replaceMembers(code: string, year: number, members: readonly MemberBody[]): Observable<ClusterMemberView[]> {
    return this.http.put<ClusterMemberView[]>(`${this.base}/clusters/${encodeURIComponent(code)}/members/${year}`, members);
  }

  /** The server resolves a code as the province stood at the end of that year, so the choices do too. */
  provincesOfYear(year: number): Observable<ProvinceView[]> {
    return this.http.get<ProvinceView[]>(`${this.base}/provinces`, { params: new HttpParams().set('validOn', `${year}-12-31`) });
  }
}
