import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { DateAdapter } from '@angular/material/core';
import { TranslocoService } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, LOCALE_OF, Language, isLanguage } from './languages';

/** The interface language: Transloco, <html lang>, the date adapter and the remembered choice move together. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly dateAdapter = inject<DateAdapter<unknown>>(DateAdapter);
  private readonly document = inject(DOCUMENT);
  private readonly transloco = inject(TranslocoService);
  private readonly current = signal<Language>(DEFAULT_LANGUAGE);

  readonly language = this.current.asReadonly();
  readonly locale = computed(() => LOCALE_OF[this.current()]);

  /** Applies the remembered language, or Vietnamese. */
  restore(): Language {
    const stored = this.readStored();
    this.apply(isLanguage(stored) ? stored : DEFAULT_LANGUAGE);
    return this.current();
  }

  use(language: Language): void {
    this.apply(language);
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be disabled (private mode, policy); the choice then lasts for this visit only.
    }
  }

  private apply(language: Language): void {
    this.current.set(language);
    this.transloco.setActiveLang(language);
    this.document.documentElement.lang = language;
    this.dateAdapter.setLocale(LOCALE_OF[language]);
  }

  private readStored(): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }
}
