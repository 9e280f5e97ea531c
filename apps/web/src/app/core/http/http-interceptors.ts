import { HttpInterceptorFn } from '@angular/common/http';
import { authInterceptor } from '../auth/auth.interceptor';
import { acceptLanguageInterceptor } from './accept-language.interceptor';
import { apiErrorInterceptor } from './api-error.interceptor';

/**
 * The client's interceptor chain, outermost first. The bearer-token interceptor sits inside the error
 * mapping: it sees the server's raw 401 to refresh and replay, and whatever it finally lets through
 * (a 401 included) still reaches the caller as an ApiError.
 */
export const httpInterceptors: HttpInterceptorFn[] = [acceptLanguageInterceptor, apiErrorInterceptor, authInterceptor];
