import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoaEvidence } from '@shared/api/poa-content-schemas';
import type { PoaEvidenceResult } from '@shared/api/poa-schemas';
import { notifyError } from '../../../errors/notify-error';
import { usePoaEvidence } from '../../../hooks/use-poa';
import { formatDay } from '../../../i18n/format-values';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { useMetricLabel } from '../../../metrics/use-metric-label';
import { targetKey } from '../checks/warning-target';
import type { PoaContentAction } from '../content/poa-content-reducer';
import { EvidenceTable } from './EvidenceTable';

interface EvidencePanelProps {
  caseId: number;
  evidence: readonly PoaEvidence[];
  editable: boolean;
  dispatch: (action: PoaContentAction) => void;
}

/** What the last lookup found missing, said plainly rather than inserting nothing silently. */
function LookupNote({ result }: { result: PoaEvidenceResult }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricLabel = useMetricLabel();
  const range = { from: formatDay(result.searchedFrom, language), to: formatDay(result.searchedTo, language) };
  const missing = result.missing.map((item) => metricLabel(item.metricKey)).join(t('poa.evidence.listSeparator'));
  let message: string | null = null;
  if (!result.applicable) message = t('poa.evidence.notApplicable');
  else if (result.items.length === 0) message = t('poa.evidence.noData', { ...range, metrics: missing });
  else if (result.missing.length > 0) message = t('poa.evidence.partlyMissing', { ...range, metrics: missing });
  const noCounts = result.missingDailyCounts.map((item) => metricLabel(item.metricKey)).join(t('poa.evidence.listSeparator'));
  const countsMessage = result.missingDailyCounts.length > 0 ? t('poa.evidence.noDailyCounts', { metrics: noCounts }) : null;
  if (!message && !countsMessage) return null;
  return (
    <Alert color={result.items.length === 0 ? 'orange' : 'blue'} variant="light" icon={<IconInfoCircle />} data-testid="poa-evidence-note">
      <Stack gap={4}>
        {message && <Text size="sm">{message}</Text>}
        {countsMessage && (
          <Text size="sm" data-testid="poa-evidence-no-daily-counts">
            {countsMessage}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

/** The store's own numbers around the notice date, inserted into the document with their source. */
export function EvidencePanel({ caseId, evidence, editable, dispatch }: EvidencePanelProps) {
  const { t } = useTranslation();
  const lookup = usePoaEvidence();
  const [result, setResult] = useState<PoaEvidenceResult | null>(null);

  const insert = async () => {
    try {
      const found = await lookup.mutateAsync({ caseId });
      setResult(found);
      if (found.items.length > 0) dispatch({ type: 'insertEvidence', items: found.items });
    } catch (error) {
      notifyError(t, error);
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="poa-section-evidence" data-testid="poa-evidence">
      <Group justify="space-between" mb={4} gap="xs">
        <Title order={3} size="h4" id="poa-section-evidence">
          {t('poa.evidence.title')}
        </Title>
        {editable && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconChartBar size={14} />}
            loading={lookup.isPending}
            onClick={() => void insert()}
            data-poa-target={targetKey({ part: 'evidence', entryId: null, field: 'insertEvidence' })}
            data-testid="poa-evidence-insert"
          >
            {t(evidence.length > 0 ? 'poa.evidence.refresh' : 'poa.evidence.insert')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('poa.evidence.description')}
      </Text>
      <Stack gap="sm">
        {result && <LookupNote result={result} />}
        {evidence.length === 0 ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('poa.evidence.none')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {evidence.map((item, index) => (
              <EvidenceTable
                key={`${item.metricKey}-${item.windowTo}-${item.recovery ? 'recovery' : 'report'}`}
                evidence={item}
                onRemove={editable ? () => dispatch({ type: 'removeEvidence', index }) : undefined}
              />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
