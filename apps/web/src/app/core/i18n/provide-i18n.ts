import { registerLocaleData } from '@angular/common';
import localeVi from '@angular/common/locales/vi';
import {
  EnvironmentProviders,
  LOCALE_ID,
  Provider,
  Type,
  inject,
  isDevMode,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE } from '@angular/material/core';
import { TitleStrategy } from '@angular/router';
import { TranslocoLoader, TranslocoService, provideTransloco } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DAY_FIRST_DATE_FORMATS, DayFirstDateAdapter } from '../dates/day-first-date-adapter';
import { LanguageService } from './language.service';
import { DEFAULT_LANGUAGE, LANGUAGES, LOCALE_OF } from './languages';
import { providePaginatorI18n } from './translated-paginator-intl';
import { TranslatedTitleStrategy } from './translated-title.strategy';
import { TranslocoHttpLoader } from './transloco-http.loader';

registerLocaleData(localeVi, 'vi');

/**
 * Vietnamese by default, English on request: translations, locale data, dates typed day-first
 * and translated page titles (the datepicker's labels come with the pages that use it:
 * provideDatepickerI18n, so the datepicker stays out of the initial bundle). The remembered language is loaded before the
 * first render, so no untranslated key ever flashes.
 */
export function provideI18n(loader: Type<TranslocoLoader> = TranslocoHttpLoader): EnvironmentProviders {
  const providers: (Provider | EnvironmentProviders)[] = [
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        missingHandler: { logMissingKey: isDevMode(), useFallbackTranslation: true },
        prodMode: !isDevMode(),
        reRenderOnLangChange: true,
      },
      loader,
    }),
    { provide: LOCALE_ID, useValue: LOCALE_OF[DEFAULT_LANGUAGE] },
    { provide: MAT_DATE_LOCALE, useValue: LOCALE_OF[DEFAULT_LANGUAGE] },
    { provide: DateAdapter, useClass: DayFirstDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: DAY_FIRST_DATE_FORMATS },
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    providePaginatorI18n(),
    provideAppInitializer(() => {
      const language = inject(LanguageService).restore();
      // A missing translation file must not keep the app from starting: keys then show instead.
      return firstValueFrom(inject(TranslocoService).load(language)).then(
        () => undefined,
        () => undefined,
      );
    }),
  ];
  return makeEnvironmentProviders(providers);
}
