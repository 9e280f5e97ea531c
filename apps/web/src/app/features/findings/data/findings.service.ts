import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AwardTypeView,
  ClusterView,
  CommendationFindingsView,
  FindingSummaryView,
  FindingView,
  Page,
  ProvinceView,
  RuleView,
  RunFindingsDto,
  RunFindingsResult,
} from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';
import { FindingFilters, SummaryFilters, findingListParams, findingSummaryParams } from './finding-filters';

/** `PATCH /findings/{id}`: the decision, its reason, and the version the reviewer saw. */
export interface ReviewBody {
  readonly comment: string;
  readonly status: 'CONFIRMED' | 'CLEARED';
  readonly version: number;
}

/** `PUT /commendations/{id}/matches/{matchedId}`. */
export interface MatchBody {
  readonly decision: 'CONFIRMED' | 'REJECTED';
  readonly comment?: string | null;
}

/** The council's findings API (`/findings`, `/rules`, `/commendations/{id}/findings|matches`) and the reference lists its filters need. */
@Injectable({ providedIn: 'root' })
export class FindingsService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  list(filters: FindingFilters, page: number, pageSize: number): Observable<Page<FindingView>> {
    return this.http.get<Page<FindingView>>(`${this.base}/findings`, { params: findingListParams(filters, page, pageSize) });
  }

  summary(filters: SummaryFilters): Observable<FindingSummaryView> {
    return this.http.get<FindingSummaryView>(`${this.base}/findings/summary`, { params: findingSummaryParams(filters) });
  }

  review(id: string, body: ReviewBody): Observable<FindingView> {
    return this.http.patch<FindingView>(`${this.base}/findings/${encodeURIComponent(id)}`, body);
  }

  run(body: RunFindingsDto): Observable<RunFindingsResult> {
    return this.http.post<RunFindingsResult>(`${this.base}/findings/run`, body);
  }

  rules(): Observable<RuleView[]> {
    return this.http.get<RuleView[]>(`${this.base}/rules`);
  }

  forCommendation(commendationId: string): Observable<CommendationFindingsView> {
    return this.http.get<CommendationFindingsView>(`${this.base}/commendations/${encodeURIComponent(commendationId)}/findings`);
  }

  decideMatch(commendationId: string, matchedId: string, body: MatchBody): Observable<CommendationFindingsView> {
    return this.http.put<CommendationFindingsView>(
      `${this.base}/commendations/${encodeURIComponent(commendationId)}/matches/${encodeURIComponent(matchedId)}`,
      body,
    );
  }

  awardTypes(): Observable<AwardTypeView[]> {
    return this.http.get<AwardTypeView[]>(`${this.base}/award-types`);
  }

  clusters(): Observable<ClusterView[]> {
    return this.http.get<ClusterView[]>(`${this.base}/clusters`);
  }

  /** Every province, before and after the 2025 merger: findings keep the code the record was made under. */
  provinces(): Observable<ProvinceView[]> {
    return this.http.get<ProvinceView[]>(`${this.base}/provinces`);
  }
}
