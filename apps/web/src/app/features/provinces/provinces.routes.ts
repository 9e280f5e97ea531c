import { Route } from '@angular/router';
import { provideDatepickerI18n } from '../../core/i18n/translated-datepicker-intl';
import { ProvincesStore } from './data/provinces.store';
import { ProvincesPage } from './pages/provinces.page';

export const provincesRoutes: Route[] = [{ path: '', component: ProvincesPage, providers: [ProvincesStore, provideDatepickerI18n()] }];
