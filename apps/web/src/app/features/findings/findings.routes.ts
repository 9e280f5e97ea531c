import { Route } from '@angular/router';

export const findingsRoutes: Route[] = [];
