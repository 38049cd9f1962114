import { Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { MetricDefinition } from '@shared/metrics/metric-definition';
import { notifySuccess } from '../../../errors/notify-error';
import { toAppError } from '../../../errors/to-app-error';
import { fieldErrorsFromIssues, showServerError } from '../../../forms/apply-issues';
import { useFormFields } from '../../../forms/use-form-fields';
import { useSetThreshold } from '../../../hooks/use-thresholds';
import { localToday } from '../../../i18n/format-values';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { formatMetricValue } from '../../../metrics/format-metric-value';
import { metricOptions } from '../../../metrics/metric-options';
import { thresholdInputText } from '../../../metrics/threshold-input';
import {
  TARGET_FORM_FIELDS,
  emptyTargetForm,
  parseTargetForm,
  withDirectionalOrderIssue,
  type TargetFormValues,
  type TargetScope,
} from './target-form-values';

export interface CurrentThreshold {
  watch: number | null;
  breach: number;
}

interface TargetFormProps {
  scope: TargetScope;
  metrics: readonly MetricDefinition[];
  /** The levels a metric is judged by now, shown greyed inside the empty inputs so the user sees what changes. */
  currentThreshold: (metricKey: string) => CurrentThreshold | null;
}

/** A store override or a client contract target for one metric, from a day on. */
export function TargetForm({ scope, metrics, currentThreshold }: TargetFormProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const form = useFormFields<TargetFormValues>(emptyTargetForm(localToday()));
  const save = useSetThreshold();
  const { values, errors, setField } = form;
  const forStore = 'storeId' in scope;

  const options = useMemo(() => metricOptions(metrics, language, (group) => t(`metricGroups.${group}`)), [metrics, language, t]);
  const metric = values.metricKey ? findMetric(values.metricKey) : undefined;
  const current = values.metricKey ? currentThreshold(values.metricKey) : null;
  const ratio = metric?.unit === 'ratio';
  const levelProps = {
    rightSection: ratio ? (
      <Text size="sm" c="dimmed">
        %
      </Text>
    ) : undefined,
    inputMode: 'decimal' as const,
    disabled: !metric,
  };

  const submit = async () => {
    const parsed = parseTargetForm(values, scope);
    if (!parsed.ok) {
      form.setErrors(fieldErrorsFromIssues<TargetFormValues>(parsed.issues, TARGET_FORM_FIELDS, t).errors);
      return;
    }
    try {
      await save.mutateAsync(parsed.input);
      notifySuccess(t('targets.notify.saved', { metric: metric?.labels[language] ?? parsed.input.metricKey }));
      form.reset(emptyTargetForm(values.effectiveFrom));
    } catch (error) {
      showServerError<TargetFormValues>(withDirectionalOrderIssue(toAppError(error), values.metricKey), TARGET_FORM_FIELDS, t, form.setErrors);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="target-form"
    >
      <Stack gap="md">
        <Select
          label={t('targets.form.metric')}
          placeholder={t('targets.form.metricPlaceholder')}
          withAsterisk
          searchable
          data={options}
          value={values.metricKey}
          onChange={(value) => setField('metricKey', value)}
          error={errors.metricKey}
          nothingFoundMessage={t('common.nothingFound')}
          maxDropdownHeight={320}
          data-testid="target-metric"
        />
        {metric && (
          <Text size="xs" c="dimmed" mt={-8} data-testid="target-metric-hint">
            {t(`targets.direction.${metric.direction}`)}
            {' · '}
            {ratio ? t('targets.form.percentHint') : t('targets.form.numberHint')}
            {current &&
              ` · ${t('targets.form.currentLevels', {
                watch: formatMetricValue(current.watch, metric.unit, language),
                breach: formatMetricValue(current.breach, metric.unit, language),
              })}`}
          </Text>
        )}
        <SimpleGrid cols={3} spacing="md">
          <TextInput
            label={t('targets.form.watch')}
            description={t('targets.form.watchHint')}
            placeholder={current && metric ? thresholdInputText(current.watch, metric.unit) : undefined}
            value={values.watch}
            onChange={(event) => setField('watch', event.currentTarget.value)}
            error={errors.watch}
            data-testid="target-watch"
            {...levelProps}
          />
          <TextInput
            label={t('targets.form.breach')}
            description={t('targets.form.breachHint')}
            withAsterisk
            placeholder={current && metric ? thresholdInputText(current.breach, metric.unit) : undefined}
            value={values.breach}
            onChange={(event) => setField('breach', event.currentTarget.value)}
            error={errors.breach}
            data-testid="target-breach"
            {...levelProps}
          />
          <TextInput
            type="date"
            label={t('targets.form.effectiveFrom')}
            description={t('targets.form.effectiveFromHint')}
            withAsterisk
            value={values.effectiveFrom}
            onChange={(event) => setField('effectiveFrom', event.currentTarget.value)}
            error={errors.effectiveFrom}
            data-testid="target-effective-from"
          />
        </SimpleGrid>
        <Textarea
          label={t('targets.form.note')}
          placeholder={t(forStore ? 'targets.form.notePlaceholderStore' : 'targets.form.notePlaceholderClient')}
          withAsterisk
          autosize
          minRows={2}
          maxRows={5}
          value={values.note}
          onChange={(event) => setField('note', event.currentTarget.value)}
          error={errors.note}
          data-testid="target-note"
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="target-submit">
            {t(forStore ? 'targets.form.submitStore' : 'targets.form.submitClient')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
