import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideDatepickerI18n } from '../../core/i18n/translated-datepicker-intl';
import { MeetingsStore } from './data/meetings.store';
import { MeetingNewPage } from './pages/meeting-new.page';
import { MeetingsPage } from './pages/meetings.page';

/** One store for both routes: the list confirms the meeting the form just saved. */
export const meetingsRoutes: Route[] = [
  {
    path: '',
    providers: [MeetingsStore, provideTranslocoScope('meetings')],
    children: [
      { path: '', title: 'nav.meetings', component: MeetingsPage },
      { path: 'new', title: 'nav.meetings', component: MeetingNewPage, providers: [provideDatepickerI18n()] },
    ],
  },
];
