import { Route } from '@angular/router';

export const reportsRoutes: Route[] = [];
