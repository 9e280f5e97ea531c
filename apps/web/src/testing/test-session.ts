import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { SessionUser, TokenResponse } from '../app/core/auth/auth.models';
import { AuthService } from '../app/core/auth/auth.service';

/** A province officer of Tuyên Quang (current code 08), as in the demo accounts. */
export const PROVINCE_OFFICER: SessionUser = {
  id: '5b0c4c5e-3f43-4b8e-9d0e-000000000008',
  username: 'canbo.tuyenquang',
  fullName: 'Ma Văn Dũng',
  roles: ['PROVINCE_STAFF'],
  provinceCode: '08',
};

/** A system administrator: no province or cluster, so no look-up of their names. */
export const ADMINISTRATOR: SessionUser = {
  id: '5b0c4c5e-3f43-4b8e-9d0e-000000000001',
  username: 'admin',
  fullName: 'Quản trị hệ thống',
  roles: ['ADMIN'],
};

let issued = 0;

/** What `POST /api/v1/auth/login` or `/refresh` answers; every call issues new tokens. */
export function tokenResponse(user: SessionUser = PROVINCE_OFFICER, expiresIn = 900): TokenResponse {
  issued += 1;
  return { accessToken: `access-${issued}`, expiresIn, refreshToken: `refresh-${issued}`, user };
}

/** Signs in through the real AuthService, answering the login request on the testing backend. */
export async function signIn(user: SessionUser = PROVINCE_OFFICER): Promise<TokenResponse> {
  const response = tokenResponse(user);
  const done = firstValueFrom(TestBed.inject(AuthService).login(user.username, 'mat-khau-kiem-thu'));
  TestBed.inject(HttpTestingController).expectOne('/api/v1/auth/login').flush(response);
  await done;
  return response;
}

/** Forgets any session kept in this tab's storage, so each test starts signed out. */
export function resetSession(): void {
  sessionStorage.clear();
}
