import { Input, SegmentedControl, Stack } from '@mantine/core';
import { useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconPalette } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../../components/LanguageSelect';
import { SettingsSection } from './SettingsSection';

const SCHEMES = ['light', 'dark', 'auto'] as const satisfies readonly MantineColorScheme[];

export function AppearanceSettings() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <SettingsSection icon={IconPalette} title={t('settings.appearance.title')} testId="settings-appearance">
      <LanguageSelect label={t('settings.appearance.language')} description={t('settings.appearance.languageHint')} w={320} />
      <Stack gap={6}>
        <Input.Label id="theme-label">{t('settings.appearance.theme')}</Input.Label>
        <SegmentedControl<MantineColorScheme>
          aria-labelledby="theme-label"
          value={colorScheme}
          onChange={setColorScheme}
          data={SCHEMES.map((scheme) => ({ value: scheme, label: t(`settings.appearance.themes.${scheme}`) }))}
          w={320}
          data-testid="theme-control"
        />
      </Stack>
    </SettingsSection>
  );
}
