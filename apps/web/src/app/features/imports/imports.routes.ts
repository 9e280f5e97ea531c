import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { ImportsStore } from './data/imports.store';
import { ImportsPage } from './pages/imports.page';

export const importsRoutes: Route[] = [
  { path: '', title: 'nav.imports', component: ImportsPage, providers: [ImportsStore, provideTranslocoScope('imports')] },
];
