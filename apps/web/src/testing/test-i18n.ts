import { EnvironmentProviders, Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Observable, of } from 'rxjs';
import { provideI18n } from '../app/core/i18n/provide-i18n';

/** The real translation files, read synchronously: tests see exactly what users see. */
@Injectable()
class TranslationFileLoader implements TranslocoLoader {
  getTranslation(lang: string): Observable<Translation> {
    return of(JSON.parse(readFileSync(join(__dirname, '..', '..', 'public', 'i18n', `${lang}.json`), 'utf8')) as Translation);
  }
}

/** The app's i18n setup with translations from disk instead of HTTP. */
export function provideTestI18n(): EnvironmentProviders {
  return provideI18n(TranslationFileLoader);
}

/** Forgets the remembered language and resets <html lang>, so each test starts in Vietnamese. */
export function resetLanguage(): void {
  localStorage.clear();
  document.documentElement.lang = 'vi';
}

/** Visible text of an element with white space collapsed. */
export function textOf(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
