import { Route } from '@angular/router';
import { AwardTypesStore } from './data/award-types.store';
import { AwardTypesPage } from './pages/award-types.page';

export const awardTypesRoutes: Route[] = [{ path: '', component: AwardTypesPage, providers: [AwardTypesStore] }];
