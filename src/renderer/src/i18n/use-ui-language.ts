import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain/languages';
import { isLanguage, saveLanguage } from './ui-language';

export function useUiLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  const setLanguage = useCallback(
    (language: Language) => {
      saveLanguage(window.localStorage, language);
      void i18n.changeLanguage(language);
    },
    [i18n],
  );
  return { language: isLanguage(i18n.language) ? i18n.language : 'en-US', setLanguage };
}
