import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpContext, HttpContextToken } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { Observable, catchError, finalize, firstValueFrom, map, of, shareReplay, throwError, timeout } from 'rxjs';
import { API_BASE_URL } from '../http/api-base-url';
import { ApiError, toApiError } from '../http/api-error';
import { SessionEnd, SessionUser, TokenResponse, UserRole, isSessionUser, toSessionUser } from './auth.models';

/** sessionStorage key: the refresh token and the user, so a reload keeps the session within this tab only. */
export const SESSION_STORAGE_KEY = 'tdkt.session';

/** Path of the sign-in page. */
export const LOGIN_PATH = '/login';

/** An access token this close to its expiry is refreshed before use rather than sent to be refused. */
export const EXPIRY_MARGIN_MS = 30_000;

/** How long sign-out waits for the server before ending the session on this side anyway. */
const LOGOUT_TIMEOUT_MS = 10_000;

/**
 * False on a request whose 401 must not refresh the session and replay, nor send the user to the
 * sign-in page (sign-out itself).
 */
export const AUTH_RECOVERY = new HttpContextToken<boolean>(() => true);

interface Session {
  readonly user: SessionUser;
  readonly refreshToken: string;
  /** Kept in memory only; after a reload the first API call gets a new one with the refresh token. */
  readonly accessToken: string | null;
  /** Epoch milliseconds. */
  readonly accessExpiresAt: number;
}

interface StoredSession {
  refreshToken: string;
  user: SessionUser;
}

/** The refresh token is no longer accepted (expired, revoked, already rotated): the session is over. */
function isRejection(error: ApiError): boolean {
  return error.status === 400 || error.status === 401 || error.status === 403;
}

/** A path inside the application to go back to after signing in; anything else gives the home page. */
export function safeReturnUrl(url: string | null | undefined): string {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return '/';
  if (url === LOGIN_PATH || url.startsWith(`${LOGIN_PATH}?`) || url.startsWith(`${LOGIN_PATH}/`)) return '/';
  return url;
}

/**
 * The signed-in session: who the user is, the tokens, sign-in, refresh and sign-out.
 * The access token lives in memory; the refresh token and the user are kept in sessionStorage
 * (never localStorage), so a reload keeps the session but closing the tab ends it on this machine.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly base = inject(API_BASE_URL);
  private readonly document = inject(DOCUMENT);
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);

  private readonly session = signal<Session | null>(this.readStored());
  private readonly ended = signal<SessionEnd | null>(null);
  /** The refresh in flight, shared by every request that needs a new access token meanwhile. */
  private refreshing: Observable<string> | null = null;
  private redirecting = false;

  readonly user = computed(() => this.session()?.user ?? null);
  readonly signedIn = computed(() => this.session() !== null);
  readonly roles = computed<readonly UserRole[]>(() => this.user()?.roles ?? []);
  /** Why the previous session ended (expired, or signed out), until the next sign-in. */
  readonly sessionEnd = this.ended.asReadonly();

  hasRole(role: UserRole): boolean {
    return this.roles().includes(role);
  }

  hasAnyRole(...roles: readonly UserRole[]): boolean {
    return roles.some((role) => this.hasRole(role));
  }

  /** The access token, unless it is missing (after a reload) or about to expire: then a refresh is due. */
  accessToken(now = Date.now()): string | null {
    const session = this.session();
    if (!session?.accessToken || session.accessExpiresAt - EXPIRY_MARGIN_MS <= now) return null;
    return session.accessToken;
  }

  /** Signs in; fails with the API's ApiError (401 wrong credentials, 423 locked, 429 too many attempts). */
  login(username: string, password: string): Observable<SessionUser> {
    return this.http
      .post<TokenResponse>(`${this.base}/auth/login`, { username: username.trim(), password })
      .pipe(map((response) => this.start(response)));
  }

  /**
   * A new access token from the refresh token. The API rotates the refresh token, so concurrent callers
   * share one call (a second call with the same token would be refused). A refused token ends the session;
   * a network or server failure leaves it for a later attempt.
   */
  refresh(): Observable<string> {
    if (this.refreshing) return this.refreshing;
    const refreshToken = this.session()?.refreshToken;
    if (!refreshToken) return throwError(() => new ApiError('unauthorized', 401, null));
    this.refreshing = this.http.post<TokenResponse>(`${this.base}/auth/refresh`, { refreshToken }).pipe(
      map((response) => {
        this.start(response);
        return response.accessToken;
      }),
      catchError((error: unknown) => {
        const apiError = toApiError(error);
        // Only end the session this refresh was for: a sign-in meanwhile must survive.
        if (isRejection(apiError) && this.session()?.refreshToken === refreshToken) this.clear('expired');
        return throwError(() => apiError);
      }),
      finalize(() => (this.refreshing = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshing;
  }

  /**
   * A token to replay a request refused with `rejected`: the current one if another request has refreshed
   * meanwhile, else a refresh (shared with any other in flight).
   */
  refreshAfter(rejected: string | null): Observable<string> {
    const current = this.accessToken();
    if (current && current !== rejected) return of(current);
    return this.refresh();
  }

  /** Ends the session on the server (its tokens stop working) and here, then opens the sign-in page. */
  async logout(): Promise<void> {
    if (this.session()) {
      try {
        await firstValueFrom(
          this.http
            .post<void>(`${this.base}/auth/logout`, null, { context: new HttpContext().set(AUTH_RECOVERY, false) })
            .pipe(timeout(LOGOUT_TIMEOUT_MS)),
        );
      } catch {
        // Unreachable server or a session already over: the session still ends on this side.
      }
      this.clear('signedOut');
    }
    await this.router.navigateByUrl(LOGIN_PATH);
  }

  /**
   * The server no longer accepts the session: forget it and open the sign-in page, which brings the user back
   * to where they were. Several failing requests at once lead to one navigation.
   */
  signInAgain(): void {
    if (this.session()) this.clear('expired');
    const target = this.router.currentNavigation()?.finalUrl;
    const current = target ? this.router.serializeUrl(target) : this.router.url;
    // Already on (or on the way to) the sign-in page: nothing to do.
    if (this.redirecting || safeReturnUrl(current) !== current) return;
    this.redirecting = true;
    const queryParams = current === '/' ? {} : { returnUrl: current };
    void this.router.navigate([LOGIN_PATH], { queryParams }).finally(() => (this.redirecting = false));
  }

  private start(response: TokenResponse): SessionUser {
    if (!isSessionUser(response.user) || !response.accessToken || !response.refreshToken) {
      throw new ApiError('invalidResponse', 200, null);
    }
    const user = toSessionUser(response.user);
    this.session.set({
      user,
      refreshToken: response.refreshToken,
      accessToken: response.accessToken,
      accessExpiresAt: Date.now() + response.expiresIn * 1000,
    });
    this.ended.set(null);
    this.writeStored({ refreshToken: response.refreshToken, user });
    return user;
  }

  private clear(reason: SessionEnd): void {
    this.session.set(null);
    this.ended.set(reason);
    this.writeStored(null);
  }

  private storage(): Storage | null {
    try {
      return this.document.defaultView?.sessionStorage ?? null;
    } catch {
      // Storage disabled by policy: the session then lasts until the page is reloaded.
      return null;
    }
  }

  private readStored(): Session | null {
    try {
      const raw = this.storage()?.getItem(SESSION_STORAGE_KEY);
      if (!raw) return null;
      const stored = JSON.parse(raw) as Partial<StoredSession>;
      if (typeof stored.refreshToken !== 'string' || !stored.refreshToken || !isSessionUser(stored.user)) return null;
      return { user: toSessionUser(stored.user), refreshToken: stored.refreshToken, accessToken: null, accessExpiresAt: 0 };
    } catch {
      return null;
    }
  }

  private writeStored(stored: StoredSession | null): void {
    try {
      const storage = this.storage();
      if (stored) storage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(stored));
      else storage?.removeItem(SESSION_STORAGE_KEY);
    } catch {
      // Full or disabled storage: the session works until the page is reloaded.
    }
  }
}
