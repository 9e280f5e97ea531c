import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { ADMINISTRATOR, PROVINCE_OFFICER, resetSession, signIn, tokenResponse } from '../../../testing/test-session';
import { provideAppTesting } from '../../../testing/test-providers';
import { ApiError } from '../http/api-error';
import { AuthService, EXPIRY_MARGIN_MS, SESSION_STORAGE_KEY, safeReturnUrl } from './auth.service';

@Component({ selector: 'tdkt-stub', template: '' })
class Stub {}

describe('AuthService', () => {
  let http: HttpTestingController;

  function setUp(): AuthService {
    TestBed.configureTestingModule({
      providers: [...provideAppTesting(), provideRouter([{ path: '**', component: Stub }])],
    });
    http = TestBed.inject(HttpTestingController);
    return TestBed.inject(AuthService);
  }

  beforeEach(() => {
    resetSession();
    localStorage.clear();
  });

  afterEach(() => {
    http.verify();
    resetSession();
  });

  const stored = () => JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY) ?? 'null') as { refreshToken: string; user: unknown } | null;

  it('signs in: posts the credentials and keeps the session, the access token in memory only', async () => {
    const auth = setUp();
    expect(auth.signedIn()).toBe(false);

    const done = firstValueFrom(auth.login('  canbo.tuyenquang ', 'mat-khau dung'));
    const req = http.expectOne('/api/v1/auth/login');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ username: 'canbo.tuyenquang', password: 'mat-khau dung' });
    expect(req.request.headers.has('Authorization')).toBe(false);
    const response = tokenResponse(PROVINCE_OFFICER);
    req.flush(response);
    await expect(done).resolves.toEqual(PROVINCE_OFFICER);

    expect(auth.signedIn()).toBe(true);
    expect(auth.user()?.fullName).toBe('Ma Văn Dũng');
    expect(auth.accessToken()).toBe(response.accessToken);
    expect(auth.hasRole('PROVINCE_STAFF')).toBe(true);
    expect(auth.hasRole('ADMIN')).toBe(false);
    expect(auth.hasAnyRole('ADMIN', 'PROVINCE_STAFF')).toBe(true);
    expect(stored()).toEqual({ refreshToken: response.refreshToken, user: PROVINCE_OFFICER });
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).not.toContain(response.accessToken);
    expect(localStorage.length).toBe(0);
  });

  it("fails a refused sign-in with the API's message and stays signed out", async () => {
    const auth = setUp();
    const done = firstValueFrom(auth.login('canbo.tuyenquang', 'sai'));
    http
      .expectOne('/api/v1/auth/login')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Tên đăng nhập hoặc mật khẩu không đúng', code: 'INVALID_CREDENTIALS' },
        { status: 401, statusText: 'Unauthorized' },
      );
    const error = (await done.catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(401);
    expect(error.serverMessage).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(auth.signedIn()).toBe(false);
    expect(stored()).toBeNull();
  });

  it('keeps the session across a reload of the tab: user and refresh token back, access token to be refreshed', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ refreshToken: 'refresh-kept', user: ADMINISTRATOR }));
    const auth = setUp();
    expect(auth.signedIn()).toBe(true);
    expect(auth.user()).toEqual(ADMINISTRATOR);
    expect(auth.accessToken()).toBeNull();
  });

  it('ignores a stored session that is not well formed', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ refreshToken: 'x', user: { id: 1, roles: ['KING'] } }));
    expect(setUp().signedIn()).toBe(false);
  });

  it('refreshes with the current refresh token and keeps the rotated one', async () => {
    const auth = setUp();
    const first = await signIn(PROVINCE_OFFICER);

    const renewed = firstValueFrom(auth.refresh());
    const req = http.expectOne('/api/v1/auth/refresh');
    expect(req.request.body).toEqual({ refreshToken: first.refreshToken });
    expect(req.request.headers.has('Authorization')).toBe(false);
    const second = tokenResponse(PROVINCE_OFFICER);
    req.flush(second);
    await expect(renewed).resolves.toBe(second.accessToken);
    expect(auth.accessToken()).toBe(second.accessToken);
    expect(stored()?.refreshToken).toBe(second.refreshToken);

    const again = firstValueFrom(auth.refresh());
    const next = http.expectOne('/api/v1/auth/refresh');
    expect(next.request.body).toEqual({ refreshToken: second.refreshToken });
    next.flush(tokenResponse(PROVINCE_OFFICER));
    await again;
  });

  it('makes one refresh call for concurrent callers, and they share its token', async () => {
    const auth = setUp();
    const refused = (await signIn()).accessToken;

    const a = firstValueFrom(auth.refresh());
    const b = firstValueFrom(auth.refresh());
    const c = firstValueFrom(auth.refreshAfter(refused));
    const renewed = tokenResponse();
    http.expectOne('/api/v1/auth/refresh').flush(renewed);
    await expect(Promise.all([a, b, c])).resolves.toEqual([renewed.accessToken, renewed.accessToken, renewed.accessToken]);

    // Refreshed meanwhile: a request refused with the old token replays with the new one, without another call.
    await expect(firstValueFrom(auth.refreshAfter(refused))).resolves.toBe(renewed.accessToken);
    http.expectNone('/api/v1/auth/refresh');
  });

  it('ends the session when the refresh token is refused', async () => {
    const auth = setUp();
    await signIn();

    const renewed = firstValueFrom(auth.refresh());
    http
      .expectOne('/api/v1/auth/refresh')
      .flush({ statusCode: 401, error: 'Unauthorized', message: 'Phiên đăng nhập đã hết hạn', code: 'AUTH_REQUIRED' }, { status: 401, statusText: 'Unauthorized' });
    await expect(renewed).rejects.toMatchObject({ status: 401 });
    expect(auth.signedIn()).toBe(false);
    expect(auth.sessionEnd()).toBe('expired');
    expect(stored()).toBeNull();
  });

  it('keeps the session when the refresh fails for want of a network', async () => {
    const auth = setUp();
    await signIn();

    const renewed = firstValueFrom(auth.refresh());
    http.expectOne('/api/v1/auth/refresh').error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    await expect(renewed).rejects.toMatchObject({ reason: 'network' });
    expect(auth.signedIn()).toBe(true);
  });

  it('treats a token about to expire as due for refresh', async () => {
    const auth = setUp();
    const response = await signIn();
    const now = Date.now();
    expect(auth.accessToken(now)).toBe(response.accessToken);
    expect(auth.accessToken(now + 900_000 - EXPIRY_MARGIN_MS + 1_000)).toBeNull();
  });

  it('signs out: revokes the session on the server with its token, forgets it and opens the sign-in page', async () => {
    const auth = setUp();
    const response = await signIn();

    const done = auth.logout();
    const req = http.expectOne('/api/v1/auth/logout');
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.get('Authorization')).toBe(`Bearer ${response.accessToken}`);
    req.flush(null, { status: 204, statusText: 'No Content' });
    await done;

    expect(auth.signedIn()).toBe(false);
    expect(auth.user()).toBeNull();
    expect(auth.sessionEnd()).toBe('signedOut');
    expect(stored()).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('signs out on this side even when the server cannot be reached, without refreshing', async () => {
    const auth = setUp();
    await signIn();

    const done = auth.logout();
    http.expectOne('/api/v1/auth/logout').flush({ statusCode: 401, error: 'Unauthorized', message: 'x' }, { status: 401, statusText: 'Unauthorized' });
    await done;
    http.expectNone('/api/v1/auth/refresh');
    expect(auth.signedIn()).toBe(false);
  });
});

describe('safeReturnUrl', () => {
  it.each([
    ['/provinces?q=tuyen', '/provinces?q=tuyen'],
    ['/clusters/TDMNPB', '/clusters/TDMNPB'],
    [undefined, '/'],
    ['', '/'],
    ['https://example.com/', '/'],
    ['//example.com', '/'],
    ['/\\example.com', '/'],
    ['/login', '/'],
    ['/login?returnUrl=%2Fprovinces', '/'],
  ])('%s → %s', (url, expected) => {
    expect(safeReturnUrl(url)).toBe(expected);
  });
});
