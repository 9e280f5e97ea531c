import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideDatepickerI18n } from '../../core/i18n/translated-datepicker-intl';
import { TypicalExampleDetailStore } from './data/typical-example-detail.store';
import { TypicalExamplesListStore } from './data/typical-examples-list.store';
import { TypicalExampleDetailPage } from './pages/typical-example-detail.page';
import { TypicalExampleFormPage } from './pages/typical-example-form.page';
import { TypicalExamplesListPage } from './pages/typical-examples-list.page';

export const typicalExamplesRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslocoScope('typicalExamples')],
    children: [
      { path: '', title: 'nav.typicalExamples', component: TypicalExamplesListPage, providers: [TypicalExamplesListStore] },
      { path: 'new', title: 'nav.typicalExamples', component: TypicalExampleFormPage, providers: [provideDatepickerI18n()] },
      { path: ':id/edit', title: 'nav.typicalExamples', component: TypicalExampleFormPage, providers: [provideDatepickerI18n()] },
      { path: ':id', title: 'nav.typicalExamples', component: TypicalExampleDetailPage, providers: [TypicalExampleDetailStore] },
    ],
  },
];
