import { Route } from '@angular/router';

export const pledgesRoutes: Route[] = [];
