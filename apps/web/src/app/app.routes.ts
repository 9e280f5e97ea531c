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
    path: 'dashboard',
    title: 'nav.dashboard',
    canActivate: [authGuard],
    loadChildren: () => import('./features/dashboard/dashboard.routes').then((m) => m.dashboardRoutes),
  },
  {
    path: 'commendations',
    title: 'nav.commendations',
    canActivate: [authGuard],
    loadChildren: () => import('./features/commendations/commendations.routes').then((m) => m.commendationsRoutes),
  },
  {
    path: 'review',
    title: 'nav.review',
    canActivate: [authGuard],
    loadChildren: () => import('./features/review/review.routes').then((m) => m.reviewRoutes),
  },
  {
    path: 'findings',
    title: 'nav.findings',
    canActivate: [authGuard],
    loadChildren: () => import('./features/findings/findings.routes').then((m) => m.findingsRoutes),
  },
  {
    path: 'movements',
    title: 'nav.movements',
    canActivate: [authGuard],
    loadChildren: () => import('./features/movements/movements.routes').then((m) => m.movementsRoutes),
  },
  {
    path: 'pledges',
    title: 'nav.pledges',
    canActivate: [authGuard],
    loadChildren: () => import('./features/pledges/pledges.routes').then((m) => m.pledgesRoutes),
  },
  {
    path: 'typical-examples',
    title: 'nav.typicalExamples',
    canActivate: [authGuard],
    loadChildren: () => import('./features/typical-examples/typical-examples.routes').then((m) => m.typicalExamplesRoutes),
  },
  {
    path: 'imports',
    title: 'nav.imports',
    canActivate: [authGuard],
    loadChildren: () => import('./features/imports/imports.routes').then((m) => m.importsRoutes),
  },
  {
    path: 'periods',
    title: 'nav.periods',
    canActivate: [authGuard],
    loadChildren: () => import('./features/periods/periods.routes').then((m) => m.periodsRoutes),
  },
  {
    path: 'meetings',
    title: 'nav.meetings',
    canActivate: [authGuard],
    loadChildren: () => import('./features/meetings/meetings.routes').then((m) => m.meetingsRoutes),
  },
  {
    path: 'year-end',
    title: 'nav.yearEnd',
    canActivate: [authGuard],
    loadChildren: () => import('./features/year-end/year-end.routes').then((m) => m.yearEndRoutes),
  },
  {
    path: 'reports',
    title: 'nav.reports',
    canActivate: [authGuard],
    loadChildren: () => import('./features/reports/reports.routes').then((m) => m.reportsRoutes),
  },
  {
    path: 'audit',
    title: 'nav.audit',
    canActivate: [authGuard],
    loadChildren: () => import('./features/audit/audit.routes').then((m) => m.auditRoutes),
  },
  {
    path: 'account/password',
    title: 'account.password.title',
    canActivate: [authGuard],
    loadComponent: () => import('./features/account/pages/change-password.page').then((m) => m.ChangePasswordPage),
  },
  {
    path: 'users',
    title: 'nav.users',
    canActivate: [authGuard],
    loadChildren: () => import('./features/users/users.routes').then((m) => m.usersRoutes),
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
