export const LANGUAGES = ['vi', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'vi';

/** Angular locale (numbers, month names) used with each interface language. */
export const LOCALE_OF: Record<Language, string> = { en: 'en', vi: 'vi' };

export const LANGUAGE_STORAGE_KEY = 'tdkt.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
