import { Route } from '@angular/router';

export const usersRoutes: Route[] = [];
