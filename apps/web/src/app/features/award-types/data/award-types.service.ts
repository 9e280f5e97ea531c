import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AwardTypeView } from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';

/** `GET /api/v1/award-types`: the catalogue of emulation titles and commendation forms. */
@Injectable({ providedIn: 'root' })
export class AwardTypesService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  list(): Observable<AwardTypeView[]> {
    return this.http.get<AwardTypeView[]>(`${this.base}/award-types`);
  }
}
