import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ProvinceView } from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';

export interface ProvinceCriteria {
  /** Name to search, accents and case ignored by the API; empty for all. */
  readonly q: string;
  /** `YYYY-MM-DD`: provinces in force that day; null for the whole history. */
  readonly validOn: string | null;
}

/** `GET /api/v1/provinces?validOn=&q=`. */
@Injectable({ providedIn: 'root' })
export class ProvincesService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  list(criteria: ProvinceCriteria): Observable<ProvinceView[]> {
    let params = new HttpParams();
    if (criteria.q) params = params.set('q', criteria.q);
    if (criteria.validOn) params = params.set('validOn', criteria.validOn);
    return this.http.get<ProvinceView[]>(`${this.base}/provinces`, { params });
  }
}
