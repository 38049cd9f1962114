import { ActionIcon, Group, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PoaEvidence } from '@shared/api/poa-content-schemas';
import { formatDateTime, formatDay } from '../../../i18n/format-values';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { useMetricLabel } from '../../../metrics/use-metric-label';
import { formatEvidenceFigure } from './format-evidence-figure';
import { RecoveryEvidenceRows } from './RecoveryEvidenceRows';

/** One metric's numbers as inserted: window, counts, rate and target, and the import they came from. */
export function EvidenceTable({ evidence, onRemove }: { evidence: PoaEvidence; onRemove?: () => void }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricLabel = useMetricLabel();
  const metric = metricLabel(evidence.metricKey);
  const caption = evidence.recovery ? t('poa.evidence.recovery.caption', { metric }) : metric;
  const { source } = evidence;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="poa-evidence-table" data-metric={evidence.metricKey} data-recovery={evidence.recovery ? 'true' : undefined}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={0}>
          <Text fw={600} size="sm">
            {caption}
          </Text>
          <Text size="xs" c="dimmed">
            {t('poa.evidence.window', { from: formatDay(evidence.windowFrom, language), to: formatDay(evidence.windowTo, language) })}
          </Text>
        </Stack>
        {onRemove && (
          <Tooltip label={t('poa.evidence.remove', { metric: caption })} withArrow>
            <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={t('poa.evidence.remove', { metric: caption })}>
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <Table mt="xs" withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" fz="sm">
        <Table.Tbody>
          {evidence.figures.map((figure) => (
            <Table.Tr key={figure.figure}>
              <Table.Th fw={400} c="dimmed" w="60%">
                {t(`poa.figures.${figure.figure}`)}
              </Table.Th>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatEvidenceFigure(figure, language)}
              </Table.Td>
            </Table.Tr>
          ))}
          {evidence.platformStatus && (
            <Table.Tr>
              <Table.Th fw={400} c="dimmed">
                {t('poa.evidence.platformStatus')}
              </Table.Th>
              <Table.Td ta="right">{evidence.platformStatus}</Table.Td>
            </Table.Tr>
          )}
          {evidence.recovery && <RecoveryEvidenceRows recovery={evidence.recovery} />}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="xs">
        {t('poa.evidence.source', {
          kind: t(`imports.history.sources.${source.kind}`),
          name: source.name,
          date: formatDateTime(source.importedAt, language),
          batch: source.batchId,
        })}
      </Text>
    </Paper>
  );
}
