import { Route } from '@angular/router';

export const movementsRoutes: Route[] = [];
