import { HttpClient, HttpContext } from '@angular/common/http';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { ADMINISTRATOR, resetSession, signIn, tokenResponse } from '../../../testing/test-session';
import { provideAppTesting } from '../../../testing/test-providers';
import { ApiError } from '../http/api-error';
import { AUTH_RECOVERY, AuthService, SESSION_STORAGE_KEY } from './auth.service';

@Component({ selector: 'tdkt-stub', template: '' })
class Stub {}

const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' };
const AUTH_REQUIRED = { statusCode: 401, error: 'Unauthorized', message: 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ; hãy đăng nhập lại', code: 'AUTH_REQUIRED' };
const PROVINCES = '/api/v1/provinces';

describe('authInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let router: Router;

  beforeEach(async () => {
    resetSession();
    TestBed.configureTestingModule({
      providers: [
        ...provideAppTesting(),
        provideRouter([
          { path: 'login', component: Stub },
          { path: '**', component: Stub },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    router = TestBed.inject(Router);
    await router.navigateByUrl('/provinces?q=tuyen');
  });

  afterEach(() => {
    http.verify();
    resetSession();
  });

  const get = (url = PROVINCES) => firstValueFrom(client.get<unknown>(url));
  const bearer = (req: TestRequest) => req.request.headers.get('Authorization');

  it('sends the access token to the API', async () => {
    const session = await signIn();
    const done = get();
    const req = http.expectOne(PROVINCES);
    expect(bearer(req)).toBe(`Bearer ${session.accessToken}`);
    req.flush([]);
    await expect(done).resolves.toEqual([]);
  });

  it('sends no token to sign-in, refresh, the public health check or anything outside the API', async () => {
    await signIn();
    const auth = TestBed.inject(AuthService);
    const calls = [
      firstValueFrom(auth.login('admin', 'x')).catch(() => null),
      get('/api/v1/health'),
      get('i18n/vi.json'),
      get('https://example.com/api/v1/provinces'),
    ];
    const login = http.expectOne('/api/v1/auth/login');
    expect(bearer(login)).toBeNull();
    login.flush(tokenResponse());
    for (const url of ['/api/v1/health', 'i18n/vi.json', 'https://example.com/api/v1/provinces']) {
      const req = http.expectOne(url);
      expect(bearer(req)).toBeNull();
      req.flush({});
    }
    await Promise.all(calls);

    const refresh = firstValueFrom(auth.refresh());
    const req = http.expectOne('/api/v1/auth/refresh');
    expect(bearer(req)).toBeNull();
    req.flush(tokenResponse());
    await refresh;
  });

  it('sends no token when signed out', async () => {
    const done = get('/api/v1/award-types');
    const req = http.expectOne('/api/v1/award-types');
    expect(bearer(req)).toBeNull();
    req.flush([]);
    await done;
  });

  it('on a 401, refreshes once and replays the request with the new token', async () => {
    const first = await signIn();
    const done = get();
    http.expectOne(PROVINCES).flush(AUTH_REQUIRED, UNAUTHORIZED);

    const refresh = http.expectOne('/api/v1/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: first.refreshToken });
    const renewed = tokenResponse();
    refresh.flush(renewed);

    const replay = http.expectOne(PROVINCES);
    expect(bearer(replay)).toBe(`Bearer ${renewed.accessToken}`);
    replay.flush([{ code: '08' }]);
    await expect(done).resolves.toEqual([{ code: '08' }]);
    expect(router.url).toBe('/provinces?q=tuyen');
  });

  it('shares one refresh among requests refused at the same time', async () => {
    await signIn();
    const done = Promise.all([get(), get('/api/v1/clusters'), get('/api/v1/award-types')]);
    for (const url of [PROVINCES, '/api/v1/clusters', '/api/v1/award-types']) http.expectOne(url).flush(AUTH_REQUIRED, UNAUTHORIZED);

    const renewed = tokenResponse();
    http.expectOne('/api/v1/auth/refresh').flush(renewed);
    for (const url of [PROVINCES, '/api/v1/clusters', '/api/v1/award-types']) {
      const replay = http.expectOne(url);
      expect(bearer(replay)).toBe(`Bearer ${renewed.accessToken}`);
      replay.flush([url]);
    }
    await expect(done).resolves.toEqual([[PROVINCES], ['/api/v1/clusters'], ['/api/v1/award-types']]);
  });

  it('when the refresh is refused, ends the session and opens the sign-in page with the way back', async () => {
    await signIn();
    const done = Promise.allSettled([get(), get('/api/v1/clusters')]);
    http.expectOne(PROVINCES).flush(AUTH_REQUIRED, UNAUTHORIZED);
    http.expectOne('/api/v1/clusters').flush(AUTH_REQUIRED, UNAUTHORIZED);
    http.expectOne('/api/v1/auth/refresh').flush(AUTH_REQUIRED, UNAUTHORIZED);

    const [provinces, clusters] = await done;
    expect(provinces).toMatchObject({ status: 'rejected', reason: expect.any(ApiError) });
    expect((provinces as PromiseRejectedResult).reason).toMatchObject({ reason: 'unauthorized', status: 401 });
    expect(clusters.status).toBe('rejected');
    await new Promise((resolve) => setTimeout(resolve));

    const auth = TestBed.inject(AuthService);
    expect(auth.signedIn()).toBe(false);
    expect(auth.sessionEnd()).toBe('expired');
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(router.url).toBe('/login?returnUrl=%2Fprovinces%3Fq%3Dtuyen');
    http.expectNone(PROVINCES);
  });

  it('after a reload of the tab, gets an access token with the kept refresh token before the first call', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ refreshToken: 'refresh-kept', user: ADMINISTRATOR }));
    const done = Promise.all([get(), get('/api/v1/clusters')]);
    http.expectNone(PROVINCES);
    const refresh = http.expectOne('/api/v1/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-kept' });
    const renewed = tokenResponse(ADMINISTRATOR);
    refresh.flush(renewed);

    for (const url of [PROVINCES, '/api/v1/clusters']) {
      const req = http.expectOne(url);
      expect(bearer(req)).toBe(`Bearer ${renewed.accessToken}`);
      req.flush([]);
    }
    await done;
  });

  it('signs in again when a brand-new token is refused too', async () => {
    await signIn();
    const done = get().catch((e: unknown) => e);
    http.expectOne(PROVINCES).flush(AUTH_REQUIRED, UNAUTHORIZED);
    http.expectOne('/api/v1/auth/refresh').flush(tokenResponse());
    http.expectOne(PROVINCES).flush(AUTH_REQUIRED, UNAUTHORIZED);
    await expect(done).resolves.toMatchObject({ status: 401 });
    await new Promise((resolve) => setTimeout(resolve));
    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
    expect(router.url).toBe('/login?returnUrl=%2Fprovinces%3Fq%3Dtuyen');
  });

  it('keeps the session when the refresh fails for want of a network, and says so', async () => {
    await signIn();
    const done = get().catch((e: unknown) => e);
    http.expectOne(PROVINCES).flush(AUTH_REQUIRED, UNAUTHORIZED);
    http.expectOne('/api/v1/auth/refresh').error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    await expect(done).resolves.toMatchObject({ reason: 'network' });
    expect(TestBed.inject(AuthService).signedIn()).toBe(true);
    expect(router.url).toBe('/provinces?q=tuyen');
  });

  it('leaves other failures alone', async () => {
    await signIn();
    const done = get().catch((e: unknown) => e);
    http.expectOne(PROVINCES).flush({ statusCode: 403, error: 'Forbidden', message: 'Không có quyền' }, { status: 403, statusText: 'Forbidden' });
    await expect(done).resolves.toMatchObject({ reason: 'forbidden', serverMessage: 'Không có quyền' });
    http.expectNone('/api/v1/auth/refresh');
  });

  it('does not refresh or redirect for a call that opts out (sign-out)', async () => {
    await signIn();
    const done = firstValueFrom(client.post('/api/v1/auth/logout', null, { context: new HttpContext().set(AUTH_RECOVERY, false) })).catch(
      (e: unknown) => e,
    );
    http.expectOne('/api/v1/auth/logout').flush(AUTH_REQUIRED, UNAUTHORIZED);
    await expect(done).resolves.toMatchObject({ status: 401 });
    http.expectNone('/api/v1/auth/refresh');
    expect(router.url).toBe('/provinces?q=tuyen');
  });
});
