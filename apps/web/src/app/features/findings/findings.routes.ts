import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { FindingsStore } from './data/findings.store';
import { FindingsPage } from './pages/findings.page';

export const findingsRoutes: Route[] = [
  { path: '', component: FindingsPage, title: 'nav.findings', providers: [FindingsStore, provideTranslocoScope('findings')] },
];
