import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChangePasswordDto } from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';

/** `POST /api/v1/auth/password`: the signed-in user's own password. */
@Injectable({ providedIn: 'root' })
export class AccountService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  changePassword(body: ChangePasswordDto): Observable<void> {
    return this.http.post<void>(`${this.base}/auth/password`, body);
  }
}
