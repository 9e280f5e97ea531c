import { Route } from '@angular/router';

export const typicalExamplesRoutes: Route[] = [];
