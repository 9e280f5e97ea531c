import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService, LOGIN_PATH, safeReturnUrl } from './auth.service';

/** Pages for signed-in users: anyone else is sent to sign in, and brought back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  if (inject(AuthService).signedIn()) return true;
  const returnUrl = safeReturnUrl(state.url);
  return inject(Router).createUrlTree([LOGIN_PATH], returnUrl === '/' ? {} : { queryParams: { returnUrl } });
};

/** The sign-in page: a user who is already signed in goes on to where they were heading, or home. */
export const guestGuard: CanActivateFn = (route) => {
  if (!inject(AuthService).signedIn()) return true;
  return inject(Router).parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl')));
};
