import { HttpInterceptorFn } from '@angular/common/http';
import { acceptLanguageInterceptor } from './accept-language.interceptor';
import { apiErrorInterceptor } from './api-error.interceptor';

/**
 * The client's interceptor chain, in order. Sign-in adds its bearer-token interceptor here,
 * before the error mapping, so a 401 still reaches the caller as an ApiError.
 */
export const httpInterceptors: HttpInterceptorFn[] = [acceptLanguageInterceptor, apiErrorInterceptor];
