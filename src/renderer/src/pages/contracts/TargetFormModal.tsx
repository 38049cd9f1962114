import { Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract, KpiTarget } from '@shared/api/agency-contract-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { notifySuccess } from '../../errors/notify-error';
import { showServerError } from '../../forms/apply-issues';
import { useSetKpiTarget } from '../../hooks/use-contracts';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { metricOptions, thresholdMetrics } from '../../metrics/metric-options';
import { emptyTargetForm, targetFormFrom, targetInputFrom, type BaselineMode, type TargetFormError, type TargetFormValues } from './target-form-values';

interface TargetFormModalProps {
  contract: Contract;
  opened: boolean;
  target: KpiTarget | null;
  onClose: () => void;
}

export function TargetFormModal({ contract, opened, target, onClose }: TargetFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t(target ? 'contracts.targets.editTitle' : 'contracts.targets.addTitle')} size={640} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <TargetForm key={target?.id ?? 'new'} contract={contract} target={target} onClose={onClose} />
    </Modal>
  );
}

function TargetForm({ contract, target, onClose }: Omit<TargetFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const save = useSetKpiTarget();
  const [values, setValues] = useState<TargetFormValues>(target ? targetFormFrom(target) : emptyTargetForm(contract.endDate ?? contract.startDate));
  const [error, setError] = useState<TargetFormError | null>(null);
  const set = (patch: Partial<TargetFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setError(null);
  };
  const unit = values.metricKey ? findMetric(values.metricKey)?.unit : undefined;

  const submit = async () => {
    const parsed = targetInputFrom(contract.id, values);
    if (!parsed.ok) {
      setError(parsed.field);
      return;
    }
    try {
      await save.mutateAsync(parsed.input);
      notifySuccess(t('contracts.targets.saved'));
      onClose();
    } catch (caught) {
      showServerError<Record<string, unknown>>(caught, [], t, () => undefined);
    }
  };

  const invalid = (field: TargetFormError) => (error === field ? t(field === 'metricKey' ? 'errors.issues.required' : 'contracts.targets.invalidValue') : undefined);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('contracts.targets.metric')}
            withAsterisk
            searchable
            data={metricOptions(thresholdMetrics(), language, (group) => t(`metricGroups.${group}`))}
            value={values.metricKey}
            onChange={(value) => set({ metricKey: value })}
            error={invalid('metricKey')}
            nothingFoundMessage={t('common.nothingFound')}
            data-testid="target-metric"
          />
          <Select
            label={t('contracts.targets.store')}
            data={[{ value: 'all', label: t('contracts.targets.allStores') }, ...contract.stores.map((store) => ({ value: String(store.storeId), label: store.displayName }))]}
            value={values.store}
            onChange={(value) => set({ store: value ?? 'all' })}
            allowDeselect={false}
          />
          <TextInput
            label={t('contracts.targets.target')}
            description={unit === 'ratio' ? t('contracts.targets.percentHint') : unit === 'money' ? t('contracts.targets.moneyHint', { currency: contract.currency }) : undefined}
            withAsterisk
            value={values.targetText}
            onChange={(event) => set({ targetText: event.currentTarget.value })}
            error={invalid('targetText')}
            data-testid="target-value"
          />
          <TextInput type="date" label={t('contracts.targets.targetDate')} withAsterisk value={values.targetDate} onChange={(event) => set({ targetDate: event.currentTarget.value })} error={invalid('targetDate')} />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('contracts.targets.baseline')}
          </Text>
          <SegmentedControl<BaselineMode>
            value={values.baselineMode}
            onChange={(mode) => set({ baselineMode: mode })}
            data={(target ? (['keep', 'recapture', 'manual'] as const) : (['recapture', 'manual'] as const)).map((mode) => ({ value: mode, label: t(`contracts.targets.baselineModes.${mode}`) }))}
            aria-label={t('contracts.targets.baseline')}
          />
          {values.baselineMode === 'manual' && (
            <TextInput label={t('contracts.targets.baselineValue')} value={values.baselineText} onChange={(event) => set({ baselineText: event.currentTarget.value })} error={invalid('baselineText')} />
          )}
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="target-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
