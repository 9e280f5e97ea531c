import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import { toApiError } from './api-error';

/** API calls fail with an ApiError, so stores and pages never parse HttpErrorResponse themselves. */
export const apiErrorInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith(inject(API_BASE_URL))) return next(req);
  return next(req).pipe(catchError((error: unknown) => throwError(() => toApiError(error))));
};
