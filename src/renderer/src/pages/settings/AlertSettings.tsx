import { Button, Group, NumberInput } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { notifySuccess } from '../../errors/notify-error';
import { showServerError } from '../../forms/apply-issues';
import { useUpdateWorkspaceSettings, useWorkspaceSettings } from '../../hooks/use-workspace';
import { SettingsSection } from './SettingsSection';

/** Workspace-wide alert settings: how far ahead a projected breach is announced. */
export function AlertSettings() {
  const { t } = useTranslation();
  const settings = useWorkspaceSettings();
  const update = useUpdateWorkspaceSettings();
  const [days, setDays] = useState<number | string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const current = days ?? settings.data?.alertProjectionDays ?? '';

  const save = async () => {
    setError(undefined);
    try {
      await update.mutateAsync({ alertProjectionDays: Number(current) });
      setDays(null);
      notifySuccess(t('settings.alerts.saved'));
    } catch (failure) {
      showServerError<{ alertProjectionDays: number }>(failure, ['alertProjectionDays'], t, (errors) => setError(errors.alertProjectionDays));
    }
  };

  return (
    <SettingsSection icon={IconBellRinging} title={t('settings.alerts.title')} testId="settings-alerts">
      {settings.isPending && <CenteredLoader />}
      {settings.error && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        <Group align="flex-end" gap="md">
          <NumberInput
            label={t('settings.alerts.projectionDays')}
            description={t('settings.alerts.projectionDaysHint')}
            rightSection={t('settings.alerts.days')}
            rightSectionWidth={48}
            min={1}
            max={90}
            allowDecimal={false}
            clampBehavior="none"
            value={current}
            onChange={setDays}
            error={error}
            maw={420}
            data-testid="alert-projection-days"
          />
          <Button onClick={() => void save()} loading={update.isPending} disabled={days === null} data-testid="alert-settings-save">
            {t('settings.alerts.save')}
          </Button>
        </Group>
      )}
    </SettingsSection>
  );
}
