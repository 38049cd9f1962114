import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { useAbout } from '../../hooks/use-workspace';
import { SettingsFact, SettingsSection } from './SettingsSection';

export function AboutSettings() {
  const { t } = useTranslation();
  const about = useAbout();
  return (
    <SettingsSection icon={IconInfoCircle} title={t('settings.about.title')} testId="settings-about">
      {about.isPending && <CenteredLoader />}
      {about.error && <ErrorState error={about.error} onRetry={() => void about.refetch()} />}
      {about.data && (
        <>
          <SettingsFact label={t('settings.about.name')}>{about.data.name}</SettingsFact>
          <SettingsFact label={t('settings.about.version')}>{about.data.version}</SettingsFact>
          <SettingsFact label={t('settings.about.host')}>{t(`settings.about.hosts.${about.data.host}`)}</SettingsFact>
          <SettingsFact label={t('settings.about.runtime')}>{about.data.runtime}</SettingsFact>
        </>
      )}
    </SettingsSection>
  );
}
