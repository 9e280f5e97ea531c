import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideDatepickerI18n } from '../../core/i18n/translated-datepicker-intl';
import { PledgeDetailStore } from './data/pledge-detail.store';
import { PledgesListStore } from './data/pledges-list.store';
import { PledgeDetailPage } from './pages/pledge-detail.page';
import { PledgeFormPage } from './pages/pledge-form.page';
import { PledgesListPage } from './pages/pledges-list.page';

export const pledgesRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslocoScope('pledges')],
    children: [
      { path: '', title: 'nav.pledges', component: PledgesListPage, providers: [PledgesListStore] },
      { path: 'new', title: 'nav.pledges', component: PledgeFormPage, providers: [provideDatepickerI18n()] },
      { path: ':id', title: 'nav.pledges', component: PledgeDetailPage, providers: [PledgeDetailStore] },
    ],
  },
];
