import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { httpInterceptors } from '../app/core/http/http-interceptors';
import { provideAppIcons } from '../app/core/icons/provide-app-icons';
import { provideTestI18n } from './test-i18n';

/** What every page needs in a test: the real interceptors over a testing backend, i18n from disk, icons. */
export function provideAppTesting(): (Provider | EnvironmentProviders)[] {
  return [provideHttpClient(withInterceptors(httpInterceptors)), provideHttpClientTesting(), provideTestI18n(), provideAppIcons()];
}

/** Lets pending effects, debounce timers and change detection settle. */
export async function settle(fixture: { whenStable(): Promise<unknown> }, ms = 0): Promise<void> {
  if (ms) await new Promise((resolve) => setTimeout(resolve, ms));
  await fixture.whenStable();
}
