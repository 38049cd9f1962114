import { Alert, Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { METRIC_CATALOG } from '@shared/metrics/metric-catalog';
import { notifySuccess } from '../../errors/notify-error';
import { toAppError } from '../../errors/to-app-error';
import { useCreateExperiment } from '../../hooks/use-planning';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { ExperimentArmFields, type ArmDraft } from './ExperimentArmFields';

const EMPTY_ARM: ArmDraft = { storeIds: [], from: null, to: null };

/** Logs a change to test: what is expected, on which metric, and which stores and days are control and variant. */
export function ExperimentFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const create = useCreateExperiment();
  const [title, setTitle] = useState('');
  const [hypothesis, setHypothesis] = useState('');
  const [metricKey, setMetricKey] = useState<string | null>('funnel.cvr');
  const [control, setControl] = useState<ArmDraft>(EMPTY_ARM);
  const [variant, setVariant] = useState<ArmDraft>(EMPTY_ARM);
  const [error, setError] = useState<string | null>(null);
  const ready = title.trim() && hypothesis.trim() && metricKey && [control, variant].every((arm) => arm.storeIds.length > 0 && arm.from && arm.to);
  const toArm = (arm: ArmDraft) => ({ storeIds: arm.storeIds.map(Number), from: arm.from!, to: arm.to! });
  const submit = () =>
    ready &&
    create.mutate(
      { title, hypothesis, metricKey: metricKey!, control: toArm(control), variant: toArm(variant) },
      {
        onSuccess: (experiment) => {
          notifySuccess(t('planning.experiments.created', { title: experiment.title }));
          onClose();
        },
        onError: (failure) => setError(toAppError(failure).message),
      },
    );
  return (
    <Modal opened={opened} onClose={onClose} title={t('planning.experiments.new')} size="xl">
      <Stack>
        <TextInput label={t('planning.experiments.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required data-autofocus />
        <Textarea label={t('planning.experiments.hypothesis')} value={hypothesis} onChange={(e) => setHypothesis(e.currentTarget.value)} autosize minRows={2} required />
        <Select
          label={t('planning.experiments.metric')}
          data={METRIC_CATALOG.filter((m) => m.unit !== 'status').map((m) => ({ value: m.key, label: m.labels[language] }))}
          value={metricKey}
          onChange={setMetricKey}
          searchable
          required
        />
        <ExperimentArmFields legend={t('planning.experiments.control')} arm={control} onChange={setControl} testId="experiment-control" />
        <ExperimentArmFields legend={t('planning.experiments.variant')} arm={variant} onChange={setVariant} testId="experiment-variant" />
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={create.isPending} disabled={!ready}>
            {t('planning.experiments.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
