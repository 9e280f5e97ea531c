import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideDatepickerI18n } from '../../core/i18n/translated-datepicker-intl';
import { CommendationListStore } from './data/commendation-list.store';
import { CommendationDetailPage } from './pages/commendation-detail.page';
import { CommendationFormPage } from './pages/commendation-form.page';
import { CommendationListPage } from './pages/commendation-list.page';

export const commendationsRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslocoScope('commendations'), provideDatepickerI18n()],
    children: [
      {
        path: '',
        title: 'nav.commendations',
        component: CommendationListPage,
        providers: [CommendationListStore],
      },
      { path: 'new', title: 'nav.commendations', component: CommendationFormPage },
      { path: ':id/edit', title: 'nav.commendations', component: CommendationFormPage },
      { path: ':id', title: 'nav.commendations', component: CommendationDetailPage },
    ],
  },
];
