import { useMemo } from 'react';
import { useUiLanguage } from './use-ui-language';

function displayNames(language: string, type: 'region' | 'currency'): (code: string) => string {
  try {
    const names = new Intl.DisplayNames([language], { type, fallback: 'code' });
    return (code) => names.of(code) ?? code;
  } catch {
    return (code) => code;
  }
}

/** Country and currency names from the runtime's ICU data, in the UI language. */
export function useDisplayNames(): { country: (code: string) => string; currency: (code: string) => string } {
  const { language } = useUiLanguage();
  return useMemo(
    () => ({ country: displayNames(language, 'region'), currency: displayNames(language, 'currency') }),
    [language],
  );
}
