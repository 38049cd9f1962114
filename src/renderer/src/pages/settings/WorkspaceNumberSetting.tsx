import { Button, Group, NumberInput } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceSettings } from '@shared/api/settings-schemas';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { notifySuccess } from '../../errors/notify-error';
import { showServerError } from '../../forms/apply-issues';
import { useUpdateWorkspaceSettings, useWorkspaceSettings } from '../../hooks/use-workspace';
import { SettingsSection } from './SettingsSection';

/** Every workspace setting is a whole number. */
type NumberField = keyof WorkspaceSettings;

interface WorkspaceNumberSettingProps {
  field: NumberField;
  icon: Icon;
  /** Already translated: the section title, the input's label, hint and unit, the save confirmation. */
  text: { title: string; label: string; hint: string; unit: string; saved: string };
  min: number;
  max: number;
  /** data-testid of the section; the input and its button get `<testId>-input` and `<testId>-save`. */
  testId: string;
}

/** A settings section holding one whole-number workspace setting, saved with its own button. */
export function WorkspaceNumberSetting({ field, icon, text, min, max, testId }: WorkspaceNumberSettingProps) {
  const { t } = useTranslation();
  const settings = useWorkspaceSettings();
  const update = useUpdateWorkspaceSettings();
  const [edited, setEdited] = useState<number | string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const current = edited ?? settings.data?.[field] ?? '';

  const save = async () => {
    setError(undefined);
    try {
      await update.mutateAsync({ [field]: Number(current) });
      setEdited(null);
      notifySuccess(text.saved);
    } catch (failure) {
      showServerError<Record<NumberField, number>>(failure, [field], t, (errors) => setError(errors[field]));
    }
  };

  return (
    <SettingsSection icon={icon} title={text.title} testId={testId}>
      {settings.isPending && <CenteredLoader />}
      {settings.error && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        <Group align="flex-end" gap="md">
          <NumberInput
            label={text.label}
            description={text.hint}
            rightSection={text.unit}
            rightSectionWidth={48}
            min={min}
            max={max}
            allowDecimal={false}
            clampBehavior="none"
            value={current}
            onChange={setEdited}
            error={error}
            maw={420}
            data-testid={`${testId}-input`}
          />
          <Button onClick={() => void save()} loading={update.isPending} disabled={edited === null} data-testid={`${testId}-save`}>
            {t('settings.save')}
          </Button>
        </Group>
      )}
    </SettingsSection>
  );
}
