import { IconBellRinging } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WorkspaceNumberSetting } from './WorkspaceNumberSetting';

/** Workspace-wide alert settings: how far ahead a projected breach is announced. */
export function AlertSettings() {
  const { t } = useTranslation();
  return (
    <WorkspaceNumberSetting
      field="alertProjectionDays"
      icon={IconBellRinging}
      text={{
        title: t('settings.alerts.title'),
        label: t('settings.alerts.projectionDays'),
        hint: t('settings.alerts.projectionDaysHint'),
        unit: t('settings.alerts.days'),
        saved: t('settings.alerts.saved'),
      }}
      min={1}
      max={90}
      testId="settings-alerts"
    />
  );
}
