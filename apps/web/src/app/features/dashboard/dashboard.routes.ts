import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEchartsCore } from 'ngx-echarts';
import { echarts } from './components/echarts-setup';
import { DashboardStore } from './data/dashboard.store';
import { DashboardPage } from './pages/dashboard.page';

export const dashboardRoutes: Route[] = [
  {
    path: '',
    title: 'nav.dashboard',
    component: DashboardPage,
    providers: [DashboardStore, provideTranslocoScope('dashboard'), provideEchartsCore({ echarts })],
  },
];
