import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideDatepickerI18n } from '../../core/i18n/translated-datepicker-intl';
import { MeetingsStore } from './data/meetings.store';
import { MeetingFormPage } from './pages/meeting-form.page';
import { MeetingsPage } from './pages/meetings.page';

/** One store for all routes: the list confirms the meeting the form just saved. */
export const meetingsRoutes: Route[] = [
  {
    path: '',
    providers: [MeetingsStore, provideTranslocoScope('meetings')],
    children: [
      { path: '', title: 'nav.meetings', component: MeetingsPage },
      { path: 'new', title: 'nav.meetings', component: MeetingFormPage, providers: [provideDatepickerI18n()] },
      { path: ':id/edit', title: 'nav.meetings', component: MeetingFormPage, providers: [provideDatepickerI18n()] },
    ],
  },
];
