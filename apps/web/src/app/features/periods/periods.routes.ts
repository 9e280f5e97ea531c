import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { PeriodsStore } from './data/periods.store';
import { PeriodsPage } from './pages/periods.page';

export const periodsRoutes: Route[] = [
  { path: '', title: 'nav.periods', component: PeriodsPage, providers: [PeriodsStore, provideTranslocoScope('periods')] },
];
