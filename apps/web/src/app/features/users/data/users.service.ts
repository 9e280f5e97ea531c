import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ClusterView, ProvinceView, UserView } from '@tdkt/shared/contracts';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';
import { UserCreateBody, UserUpdateBody } from './user-form';

/** `GET,POST /api/v1/users`, `PATCH /api/v1/users/{id}` (administrators), and the lists the scope fields choose from. */
@Injectable({ providedIn: 'root' })
export class UsersService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  list(): Observable<UserView[]> {
    return this.http.get<UserView[]>(`${this.base}/users`);
  }

  create(body: UserCreateBody): Observable<UserView> {
    return this.http.post<UserView>(`${this.base}/users`, body);
  }

  update(id: string, body: UserUpdateBody): Observable<UserView> {
    return this.http.patch<UserView>(`${this.base}/users/${encodeURIComponent(id)}`, body);
  }

  /** Staff are assigned a province as it stands today (the server resolves the code on today's date). */
  provinces(today: string): Observable<ProvinceView[]> {
    return this.http.get<ProvinceView[]>(`${this.base}/provinces`, { params: new HttpParams().set('validOn', today) });
  }

  clusters(): Observable<ClusterView[]> {
    return this.http.get<ClusterView[]>(`${this.base}/clusters`);
  }
}
