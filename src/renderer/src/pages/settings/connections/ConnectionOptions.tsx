import { Button, Group, NumberInput, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionProvider } from '@shared/api/credential-schemas';
import type { SyncStatus } from '@shared/api/sync-schemas';
import { notifySuccess } from '../../../errors/notify-error';
import { showServerError } from '../../../forms/apply-issues';
import { useConfigureSync } from '../../../hooks/use-connections';

interface OptionsForm {
  endpoint: string;
  intervalMinutes: number | string;
  enabled: boolean;
}
const FIELDS = ['endpoint', 'intervalMinutes', 'enabled'] as const;
const DEFAULT_INTERVAL_MINUTES = 360;

/** How often the store syncs, whether at all, and the base URL (a proxy; empty for the platform's own). */
export function ConnectionOptions({ storeId, provider, status }: { storeId: number; provider: ConnectionProvider; status: SyncStatus | undefined }) {
  const { t } = useTranslation();
  const configure = useConfigureSync();
  const [form, setForm] = useState<OptionsForm>({
    endpoint: status?.endpoint ?? '',
    intervalMinutes: status?.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES,
    enabled: status?.enabled ?? true,
  });
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const set = (patch: Partial<OptionsForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setErrors({});
  };
  const submit = async () => {
    try {
      await configure.mutateAsync({ storeId, provider, endpoint: form.endpoint.trim() || null, intervalMinutes: Number(form.intervalMinutes), enabled: form.enabled });
      notifySuccess(t('connections.optionsSaved'));
    } catch (failure) {
      showServerError<OptionsForm>(failure, FIELDS, t, setErrors);
    }
  };
  return (
    <Group align="flex-end" gap="sm">
      <NumberInput w={180} label={t('connections.interval')} min={15} max={10080} step={15} value={form.intervalMinutes} onChange={(value) => set({ intervalMinutes: value })} error={errors.intervalMinutes} />
      <TextInput
        style={{ flex: 1, minWidth: 220 }}
        label={t('connections.endpoint')}
        description={t('connections.endpointHint')}
        placeholder={t('connections.endpointPlaceholder')}
        value={form.endpoint}
        onChange={(event) => set({ endpoint: event.currentTarget.value })}
        error={errors.endpoint}
        data-testid="endpoint-input"
      />
      <Switch mb={8} label={t('connections.enabled')} checked={form.enabled} onChange={(event) => set({ enabled: event.currentTarget.checked })} />
      <Button onClick={() => void submit()} loading={configure.isPending} data-testid="options-save">
        {t('connections.saveOptions')}
      </Button>
    </Group>
  );
}
