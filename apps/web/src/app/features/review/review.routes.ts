import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideDatepickerI18n } from '../../core/i18n/translated-datepicker-intl';
import { ReviewQueuePage } from './pages/review-queue.page';

/** The review screens use the commendations translations (same records, same words). */
export const reviewRoutes: Route[] = [
  {
    path: '',
    title: 'nav.review',
    component: ReviewQueuePage,
    providers: [provideTranslocoScope('commendations'), provideDatepickerI18n()],
  },
];
