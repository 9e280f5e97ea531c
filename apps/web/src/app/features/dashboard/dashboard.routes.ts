import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideCharts } from '../../ui/charts/provide-charts';
import { DashboardStore } from './data/dashboard.store';
import { DashboardPage } from './pages/dashboard.page';

export const dashboardRoutes: Route[] = [
  {
    path: '',
    title: 'nav.dashboard',
    component: DashboardPage,
    providers: [DashboardStore, provideTranslocoScope('dashboard'), ...provideCharts()],
  },
];
