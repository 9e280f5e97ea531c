import { HttpErrorResponse, HttpHandlerFn, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Observable, catchError, of, switchMap, throwError } from 'rxjs';
import { API_BASE_URL } from '../http/api-base-url';
import { ApiError } from '../http/api-error';
import { AUTH_RECOVERY, AuthService } from './auth.service';

/** API paths answered without a token: signing in, refreshing and the public health check. */
const PUBLIC_PATHS = ['/auth/login', '/auth/refresh', '/health'];

function needsToken(url: string, base: string): boolean {
  if (!url.startsWith(`${base}/`)) return false;
  const path = url.slice(base.length).split(/[?#]/, 1)[0];
  return !PUBLIC_PATHS.includes(path);
}

function statusOf(error: unknown): number | null {
  if (error instanceof HttpErrorResponse || error instanceof ApiError) return error.status;
  return null;
}

function withToken(req: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;
}

/**
 * Sends the access token with every API call that needs one. A missing or nearly expired token is refreshed
 * first; a 401 refreshes once and replays the call. When the session cannot be refreshed it ends, and the
 * user is taken to the sign-in page, which brings them back afterwards.
 */
export const authInterceptor: HttpInterceptorFn = (req, next: HttpHandlerFn) => {
  if (!needsToken(req.url, inject(API_BASE_URL))) return next(req);
  const auth = inject(AuthService);
  const recover = req.context.get(AUTH_RECOVERY);

  /** Once the session is gone, the user goes to the sign-in page; the caller still hears why its call failed. */
  const fail = (error: unknown): Observable<never> => {
    if (recover && !auth.signedIn()) auth.signInAgain();
    return throwError(() => error);
  };

  const token: Observable<string | null> = !auth.signedIn() ? of(null) : auth.accessToken() ? of(auth.accessToken()) : auth.refresh();

  return token.pipe(
    // A refused refresh token has ended the session; a network failure leaves it and is reported as such.
    catchError(fail),
    switchMap((used) =>
      next(withToken(req, used)).pipe(
        catchError((error: unknown) => {
          if (statusOf(error) !== 401 || !recover) return throwError(() => error);
          if (!auth.signedIn()) return fail(error);
          return auth.refreshAfter(used).pipe(
            catchError((refreshError: unknown) => (auth.signedIn() ? throwError(() => refreshError) : fail(error))),
            switchMap((fresh) =>
              next(withToken(req, fresh)).pipe(
                catchError((replayError: unknown) => {
                  // Refused again with a brand-new token: the account or the session was closed meanwhile.
                  if (statusOf(replayError) === 401) auth.signInAgain();
                  return throwError(() => replayError);
                }),
              ),
            ),
          );
        }),
      ),
    ),
  );
};
