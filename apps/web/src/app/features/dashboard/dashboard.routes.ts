import { Route } from '@angular/router';

export const dashboardRoutes: Route[] = [];
