import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AwardTypeView,
  ClusterMemberView,
  CommendationFindingsView,
  CommendationView,
  CreateCommendationDto,
  MovementView,
  Page,
  ProvinceView,
} from '@tdkt/shared/contracts';
import type { WorkflowAction } from '@tdkt/shared/domain';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';

/** `PATCH /commendations/{id}`: any field, with the version last read (409 VERSION_CONFLICT when stale). */
export type CommendationUpdate = Partial<Omit<CreateCommendationDto, 'status'>> & { version: number };

/** What a workflow step sends besides the version: nothing, a reason, or the decision. */
export interface WorkflowPayload {
  readonly reason?: string;
  readonly decisionNumber?: string;
  readonly decisionDate?: string;
  readonly decidingAuthority?: string;
}

/** The commendation endpoints of the API and the reference lists its screens need. */
@Injectable({ providedIn: 'root' })
export class CommendationsService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  /** `GET /commendations` with the query parameters of CommendationQueryDto. */
  list(params: HttpParams): Observable<Page<CommendationView>> {
    return this.http.get<Page<CommendationView>>(`${this.base}/commendations`, { params });
  }

  get(id: string): Observable<CommendationView> {
    return this.http.get<CommendationView>(`${this.base}/commendations/${encodeURIComponent(id)}`);
  }

  create(dto: CreateCommendationDto): Observable<CommendationView> {
    return this.http.post<CommendationView>(`${this.base}/commendations`, dto);
  }

  update(id: string, dto: CommendationUpdate): Observable<CommendationView> {
    return this.http.patch<CommendationView>(`${this.base}/commendations/${encodeURIComponent(id)}`, dto);
  }

  transition(id: string, action: WorkflowAction, version: number, payload: WorkflowPayload = {}): Observable<CommendationView> {
    return this.http.post<CommendationView>(`${this.base}/commendations/${encodeURIComponent(id)}/${action}`, { ...payload, version });
  }

  findings(id: string): Observable<CommendationFindingsView> {
    return this.http.get<CommendationFindingsView>(`${this.base}/commendations/${encodeURIComponent(id)}/findings`);
  }

  awardTypes(): Observable<AwardTypeView[]> {
    return this.http.get<AwardTypeView[]>(`${this.base}/award-types`);
  }

  /** Every province of the history (before and after the 2025 merger). */
  provinces(): Observable<ProvinceView[]> {
    return this.http.get<ProvinceView[]>(`${this.base}/provinces`);
  }

  clusterMembers(clusterCode: string, year: number): Observable<ClusterMemberView[]> {
    return this.http.get<ClusterMemberView[]>(`${this.base}/clusters/${encodeURIComponent(clusterCode)}/members`, {
      params: new HttpParams().set('year', year),
    });
  }

  movement(id: string): Observable<MovementView> {
    return this.http.get<MovementView>(`${this.base}/movements/${encodeURIComponent(id)}`);
  }

  movements(): Observable<Page<MovementView>> {
    return this.http.get<Page<MovementView>>(`${this.base}/movements`, { params: new HttpParams().set('pageSize', 200) });
  }
}
