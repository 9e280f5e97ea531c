import { Route } from '@angular/router';

export const commendationsRoutes: Route[] = [];
