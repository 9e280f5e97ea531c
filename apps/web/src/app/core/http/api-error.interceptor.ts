import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Observable, catchError, from, switchMap, throwError } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import { toApiError } from './api-error';

/**
 * A download asked for a Blob, so its JSON error body arrives as a Blob too: read it back as JSON, so the
 * server's Vietnamese message and code reach the user like any other error's.
 */
function withJsonBody(error: unknown): Observable<never> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob) || !/json/i.test(error.error.type)) {
    return throwError(() => error);
  }
  return from(readText(error.error)).pipe(
    catchError(() => throwError(() => error)),
    switchMap((text) => {
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON after all: the status alone explains it.
      }
      return throwError(
        () =>
          new HttpErrorResponse({
            error: body,
            headers: error.headers,
            status: error.status,
            statusText: error.statusText,
            url: error.url ?? undefined,
          }),
      );
    }),
  );
}

function readText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** API calls fail with an ApiError, so stores and pages never parse HttpErrorResponse themselves. */
export const apiErrorInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith(inject(API_BASE_URL))) return next(req);
  return next(req).pipe(
    catchError((error: unknown) => withJsonBody(error)),
    catchError((error: unknown) => throwError(() => toApiError(error))),
  );
};
