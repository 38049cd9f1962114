import { ActionIcon, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ThresholdTarget } from '@shared/api/threshold-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { CenteredLoader } from '../../../components/CenteredLoader';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { ErrorState } from '../../../components/ErrorState';
import { notifyError, notifySuccess } from '../../../errors/notify-error';
import { useModalTarget } from '../../../hooks/use-modal-target';
import { useRemoveThreshold, useThresholdTargets } from '../../../hooks/use-thresholds';
import { formatDay } from '../../../i18n/format-values';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { formatMetricValue } from '../../../metrics/format-metric-value';
import { useMetricLabel } from '../../../metrics/use-metric-label';
import type { TargetScope } from './target-form-values';

/** The overrides of a store or the contract targets of a client, each removable. */
export function UserTargets({ scope }: { scope: TargetScope }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricLabel = useMetricLabel();
  const targets = useThresholdTargets(scope);
  const removing = useModalTarget<ThresholdTarget>();
  const remove = useRemoveThreshold();

  const confirmRemove = async (target: ThresholdTarget) => {
    try {
      await remove.mutateAsync({ id: target.id });
      notifySuccess(t('targets.notify.removed', { metric: metricLabel(target.metricKey) }));
      removing.close();
    } catch (error) {
      notifyError(t, error);
    }
  };

  if (targets.isPending) return <CenteredLoader />;
  if (targets.error) return <ErrorState error={targets.error} onRetry={() => void targets.refetch()} />;
  const list = targets.data;
  return (
    <>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="user-targets-empty">
          {t('targets.own.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} horizontalSpacing="sm" styles={{ th: { whiteSpace: 'nowrap' } }} data-testid="user-targets">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('targets.columns.metric')}</Table.Th>
                <Table.Th ta="right">{t('targets.columns.watch')}</Table.Th>
                <Table.Th ta="right">{t('targets.columns.breach')}</Table.Th>
                <Table.Th>{t('targets.columns.effectiveFrom')}</Table.Th>
                <Table.Th>{t('targets.columns.note')}</Table.Th>
                <Table.Th w={44}>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((target) => {
                const unit = findMetric(target.metricKey)?.unit ?? 'count';
                const label = metricLabel(target.metricKey);
                return (
                  <Table.Tr key={target.id} data-metric={target.metricKey}>
                    <Table.Td>
                      <Text size="sm">{label}</Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">{formatMetricValue(target.watch, unit, language)}</Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" fw={500}>
                        {formatMetricValue(target.breach, unit, language)}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">{formatDay(target.effectiveFrom, language)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2} title={target.note}>
                        {target.note}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={t('targets.remove')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('targets.removeNamed', { metric: label })}
                          onClick={() => removing.open(target)}
                          data-testid="remove-target"
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={removing.opened}
        title={t('targets.removeConfirm.title')}
        body={t('targets.removeConfirm.body', { metric: removing.target ? metricLabel(removing.target.metricKey) : '' })}
        confirmLabel={t('targets.remove')}
        loading={remove.isPending}
        onConfirm={() => removing.target && void confirmRemove(removing.target)}
        onClose={removing.close}
      />
    </>
  );
}
