import { Route } from '@angular/router';

export const periodsRoutes: Route[] = [];
