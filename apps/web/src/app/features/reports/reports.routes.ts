import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideDatepickerI18n } from '../../core/i18n/translated-datepicker-intl';
import { ReportStore } from './data/report.store';
import { ReportsListStore } from './data/reports-list.store';
import { unsavedSectionsGuard } from './data/unsaved-sections.guard';

/** Each page is its own chunk: ECharts is loaded only with the report page. */
export const reportsRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslocoScope('reports')],
    children: [
      {
        path: '',
        title: 'nav.reports',
        providers: [ReportsListStore, provideDatepickerI18n()],
        loadComponent: () => import('./pages/reports-list.page').then((m) => m.ReportsListPage),
      },
      {
        path: ':id',
        title: 'nav.reports',
        providers: [ReportStore],
        canDeactivate: [unsavedSectionsGuard],
        loadComponent: () => import('./pages/report.page').then((m) => m.ReportPage),
      },
      {
        path: ':id/bulletin',
        title: 'nav.reports',
        loadComponent: () => import('./pages/report-bulletin.page').then((m) => m.ReportBulletinPage),
      },
      {
        path: ':id/print',
        title: 'nav.reports',
        providers: [ReportStore],
        loadComponent: () => import('./pages/report-print.page').then((m) => m.ReportPrintPage),
      },
    ],
  },
];
