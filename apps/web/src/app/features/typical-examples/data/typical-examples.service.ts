import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ClusterView,
  CreateTypicalExampleDto,
  MeetingView,
  MovementView,
  Page,
  ProvinceView,
  TypicalExampleView,
  UpdateTypicalExampleBody,
} from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';

export interface ExampleCriteria {
  readonly year: number | null;
  readonly provinceCode: string | null;
  readonly clusterCode: string | null;
  readonly page: number;
  readonly pageSize: number;
}

/** `/api/v1/typical-examples`, with the movements, meetings, provinces and clusters the form offers. */
@Injectable({ providedIn: 'root' })
export class TypicalExamplesService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  list(criteria: ExampleCriteria): Observable<Page<TypicalExampleView>> {
    let params = new HttpParams().set('page', criteria.page).set('pageSize', criteria.pageSize);
    if (criteria.year) params = params.set('year', criteria.year);
    if (criteria.provinceCode) params = params.set('provinceCode', criteria.provinceCode);
    if (criteria.clusterCode) params = params.set('clusterCode', criteria.clusterCode);
    return this.http.get<Page<TypicalExampleView>>(`${this.base}/typical-examples`, { params });
  }

  get(id: string): Observable<TypicalExampleView> {
    return this.http.get<TypicalExampleView>(`${this.base}/typical-examples/${encodeURIComponent(id)}`);
  }

  create(body: CreateTypicalExampleDto): Observable<TypicalExampleView> {
    return this.http.post<TypicalExampleView>(`${this.base}/typical-examples`, body);
  }

  /** 409 VERSION_CONFLICT when someone saved the example since `body.version` was read. */
  update(id: string, body: UpdateTypicalExampleBody): Observable<TypicalExampleView> {
    return this.http.patch<TypicalExampleView>(`${this.base}/typical-examples/${encodeURIComponent(id)}`, body);
  }

  /** Movements running in a year (a page of up to 200 is enough for one year). */
  movements(year: number | null): Observable<Page<MovementView>> {
    let params = new HttpParams().set('pageSize', 200);
    if (year) params = params.set('year', year);
    return this.http.get<Page<MovementView>>(`${this.base}/movements`, { params });
  }

  movement(id: string): Observable<MovementView> {
    return this.http.get<MovementView>(`${this.base}/movements/${encodeURIComponent(id)}`);
  }

  meetings(year: number): Observable<MeetingView[]> {
    return this.http.get<MeetingView[]>(`${this.base}/meetings`, { params: new HttpParams().set('year', year) });
  }

  meeting(id: string): Observable<MeetingView> {
    return this.http.get<MeetingView>(`${this.base}/meetings/${encodeURIComponent(id)}`);
  }

  provinces(validOn: string | null): Observable<ProvinceView[]> {
    const params = validOn ? new HttpParams().set('validOn', validOn) : undefined;
    return this.http.get<ProvinceView[]>(`${this.base}/provinces`, { params });
  }

  clusters(): Observable<ClusterView[]> {
    return this.http.get<ClusterView[]>(`${this.base}/clusters`);
  }
}
