import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ClusterMemberView, CreateMeetingDto, MeetingView, UpdateMeetingBody } from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';

/** `GET/POST /api/v1/meetings`, `GET/PATCH /api/v1/meetings/{id}`, and the cluster's members of a year (the possible hosts). */
@Injectable({ providedIn: 'root' })
export class MeetingsService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  list(clusterCode: string | null, year: number | null): Observable<MeetingView[]> {
    let params = new HttpParams();
    if (clusterCode) params = params.set('clusterCode', clusterCode);
    if (year) params = params.set('year', year);
    return this.http.get<MeetingView[]>(`${this.base}/meetings`, { params });
  }

  create(dto: CreateMeetingDto): Observable<MeetingView> {
    return this.http.post<MeetingView>(`${this.base}/meetings`, dto);
  }

  get(id: string): Observable<MeetingView> {
    return this.http.get<MeetingView>(`${this.base}/meetings/${encodeURIComponent(id)}`);
  }

  /** 409 VERSION_CONFLICT when someone saved the meeting since `body.version` was read. */
  update(id: string, body: UpdateMeetingBody): Observable<MeetingView> {
    return this.http.patch<MeetingView>(`${this.base}/meetings/${encodeURIComponent(id)}`, body);
  }

  members(clusterCode: string, year: number): Observable<ClusterMemberView[]> {
    return this.http.get<ClusterMemberView[]>(`${this.base}/clusters/${encodeURIComponent(clusterCode)}/members`, {
      params: new HttpParams().set('year', year),
    });
  }
}
