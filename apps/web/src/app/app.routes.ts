import { Route } from '@angular/router';
import { authGuard, guestGuard } from './core/auth/auth.guards';

/** One lazy chunk per feature; titles are translation keys (TranslatedTitleStrategy). Every page but sign-in needs a session. */
export const appRoutes: Route[] = [
  {
    path: 'login',
    title: 'login.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/login/pages/login.page').then((m) => m.LoginPage),
  },
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.home',
    canActivate: [authGuard],
    loadComponent: () => import('./features/home/pages/home.page').then((m) => m.HomePage),
  },
  {
    path: 'provinces',
    title: 'nav.provinces',
    canActivate: [authGuard],
    loadChildren: () => import('./features/provinces/provinces.routes').then((m) => m.provincesRoutes),
  },
  {
    path: 'award-types',
    title: 'nav.awardTypes',
    canActivate: [authGuard],
    loadChildren: () => import('./features/award-types/award-types.routes').then((m) => m.awardTypesRoutes),
  },
  {
    path: 'clusters',
    title: 'nav.clusters',
    canActivate: [authGuard],
    loadChildren: () => import('./features/clusters/clusters.routes').then((m) => m.clustersRoutes),
  },
  {
    path: '**',
    title: 'notFound.title',
    canActivate: [authGuard],
    loadComponent: () => import('./layout/not-found.page').then((m) => m.NotFoundPage),
  },
];
