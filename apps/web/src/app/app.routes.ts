import { Route } from '@angular/router';

/** One lazy chunk per feature; titles are translation keys (TranslatedTitleStrategy). */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.home',
    loadComponent: () => import('./features/home/pages/home.page').then((m) => m.HomePage),
  },
  {
    path: 'provinces',
    title: 'nav.provinces',
    loadChildren: () => import('./features/provinces/provinces.routes').then((m) => m.provincesRoutes),
  },
  {
    path: 'award-types',
    title: 'nav.awardTypes',
    loadChildren: () => import('./features/award-types/award-types.routes').then((m) => m.awardTypesRoutes),
  },
  {
    path: 'clusters',
    title: 'nav.clusters',
    loadChildren: () => import('./features/clusters/clusters.routes').then((m) => m.clustersRoutes),
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./layout/not-found.page').then((m) => m.NotFoundPage),
  },
];
