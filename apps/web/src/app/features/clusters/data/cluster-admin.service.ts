import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CarryForwardPreviewView, ClusterMemberView, ProvinceView } from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';
import { MemberBody } from './membership-draft';

export interface CarryForwardBody {
  chairProvinceCode: string | null;
  replace: boolean;
  viceChairProvinceCode: string | null;
}

/** `PUT /api/v1/clusters/{code}/members/{year}` (administrators) and the provinces that existed that year. */
@Injectable({ providedIn: 'root' })
export class ClusterAdminService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  replaceMembers(code: string, year: number, members: readonly MemberBody[]): Observable<ClusterMemberView[]> {
    return this.http.put<ClusterMemberView[]>(`${this.base}/clusters/${encodeURIComponent(code)}/members/${year}`, members);
  }

  /** A year's members are the provinces in force on 1 January of that year, so the choices are too. */
  provincesOfYear(year: number): Observable<ProvinceView[]> {
    return this.http.get<ProvinceView[]>(`${this.base}/provinces`, { params: new HttpParams().set('validOn', `${year}-01-01`) });
  }

  /** `GET …/members/{year}/carry-forward`: what carrying the previous year forward would write. */
  previewCarryForward(code: string, year: number): Observable<CarryForwardPreviewView> {
    return this.http.get<CarryForwardPreviewView>(`${this.base}/clusters/${encodeURIComponent(code)}/members/${year}/carry-forward`);
  }

  /** `POST …/members/{year}/carry-forward` with the chair and vice-chair chosen (null: none). */
  carryForward(code: string, year: number, body: CarryForwardBody): Observable<ClusterMemberView[]> {
    return this.http.post<ClusterMemberView[]>(`${this.base}/clusters/${encodeURIComponent(code)}/members/${year}/carry-forward`, body);
  }
}
