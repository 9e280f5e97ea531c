import { InjectionToken } from '@angular/core';

/** Root of the API, on the same origin as the client (the API serves the built client). */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  factory: () => '/api/v1',
});
