import { closestLanguage, LANGUAGES, type Language } from '@shared/domain/languages';

const LANGUAGE_STORAGE_KEY = 'storefleet.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The user's saved choice, else the supported language closest to the OS locale. */
export function initialLanguage(storage: Storage, navigatorLanguage: string | undefined): Language {
  const saved = storage.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(saved) ? saved : closestLanguage(navigatorLanguage);
}

export function saveLanguage(storage: Storage, language: Language): void {
  storage.setItem(LANGUAGE_STORAGE_KEY, language);
}
