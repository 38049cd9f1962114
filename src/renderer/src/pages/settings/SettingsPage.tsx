import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { AboutSettings } from './AboutSettings';
import { AlertSettings } from './AlertSettings';
import { AppearanceSettings } from './AppearanceSettings';
import { ConnectionsSettings } from './connections/ConnectionsSettings';
import { BackupSettings } from './BackupSettings';
import { ExchangeRateSettings } from './ExchangeRateSettings';
import { ImportSettings } from './ImportSettings';
import { WhiteLabelSettings } from './WhiteLabelSettings';
import { WorkspaceSettings } from './WorkspaceSettings';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.settings')} description={t('settings.description')} />
      <Stack gap="lg" maw={880}>
        <AppearanceSettings />
        <AlertSettings />
        <ImportSettings />
        <ExchangeRateSettings />
        <WhiteLabelSettings />
        <ConnectionsSettings />
        <WorkspaceSettings />
        <BackupSettings />
        <AboutSettings />
      </Stack>
    </>
  );
}
