import { Select } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@shared/domain/languages';
import { useUiLanguage } from '../i18n/use-ui-language';

/** Each language is named in itself, so a user can find theirs whatever the current one. */
export function LanguageSelect({ label, description, w }: { label?: string; description?: string; w?: number }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useUiLanguage();
  return (
    <Select<Language>
      label={label}
      aria-label={label ? undefined : t('settings.appearance.language')}
      description={description}
      leftSection={<IconLanguage size={16} />}
      data={LANGUAGES.map((value) => ({ value, label: t(`languages.native.${value}`) }))}
      value={language}
      onChange={(value) => value && setLanguage(value)}
      allowDeselect={false}
      w={w}
      data-testid="language-select"
    />
  );
}
