import { Route } from '@angular/router';

export const meetingsRoutes: Route[] = [];
