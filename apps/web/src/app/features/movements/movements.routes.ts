import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideDatepickerI18n } from '../../core/i18n/translated-datepicker-intl';
import { MovementDetailStore } from './data/movement-detail.store';
import { MovementsListStore } from './data/movements-list.store';
import { MovementDetailPage } from './pages/movement-detail.page';
import { MovementFormPage } from './pages/movement-form.page';
import { MovementsListPage } from './pages/movements-list.page';

export const movementsRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslocoScope('movements')],
    children: [
      { path: '', title: 'nav.movements', component: MovementsListPage, providers: [MovementsListStore] },
      { path: 'new', title: 'nav.movements', component: MovementFormPage, providers: [provideDatepickerI18n()] },
      { path: ':id/edit', title: 'nav.movements', component: MovementFormPage, providers: [provideDatepickerI18n()] },
      { path: ':id', title: 'nav.movements', component: MovementDetailPage, providers: [MovementDetailStore] },
    ],
  },
];
