import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';

/** `GET /api/v1/health`. */
export interface Health {
  database: 'down' | 'up';
  engine: 'pglite' | 'postgres';
  status: 'ok';
  version: string;
}

@Injectable({ providedIn: 'root' })
export class HealthService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  get(): Observable<Health> {
    return this.http.get<Health>(`${this.base}/health`);
  }
}
