import { Code } from '@mantine/core';
import { IconDatabase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { useWorkspaceInfo } from '../../hooks/use-workspace';
import { SettingsFact, SettingsSection } from './SettingsSection';

export function WorkspaceSettings() {
  const { t } = useTranslation();
  const info = useWorkspaceInfo();
  return (
    <SettingsSection icon={IconDatabase} title={t('settings.workspace.title')} testId="settings-workspace">
      {info.isPending && <CenteredLoader />}
      {info.error && <ErrorState error={info.error} onRetry={() => void info.refetch()} />}
      {info.data && (
        <>
          <SettingsFact label={t('settings.workspace.path')}>
            <Code data-testid="workspace-path">{info.data.path}</Code>
          </SettingsFact>
          <SettingsFact label={t('settings.workspace.schemaVersion')}>{info.data.schemaVersion}</SettingsFact>
          <SettingsFact label={t('settings.workspace.contents')}>
            {t('settings.workspace.contentsValue', {
              clients: info.data.clientCount,
              stores: info.data.storeCount,
              snapshots: info.data.snapshotCount,
            })}
          </SettingsFact>
        </>
      )}
    </SettingsSection>
  );
}
