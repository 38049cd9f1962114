import { Group, Paper, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoaLanguage } from '@shared/domain/poa';
import { CenteredLoader } from '../../../components/CenteredLoader';
import { DataTable } from '../../../components/DataTable';
import { ErrorState } from '../../../components/ErrorState';
import { usePoaRevisions } from '../../../hooks/use-poa';
import { formatDateTime } from '../../../i18n/format-values';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { ExportMenu } from '../editor/ExportMenu';
import { PoaStatusBadge } from '../PoaStatusBadge';
import { RevisionComparison } from './RevisionComparison';

/** Every revision of the case (each submitted text is kept) and any two of them side by side. */
export function RevisionsPanel({ caseId, lang }: { caseId: number; lang: PoaLanguage }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const revisions = usePoaRevisions(caseId);
  const [picked, setPicked] = useState<{ left: number | null; right: number | null }>({ left: null, right: null });
  if (revisions.isPending) return <CenteredLoader />;
  if (revisions.error) return <ErrorState error={revisions.error} onRetry={() => void revisions.refetch()} />;

  const list = revisions.data;
  const latest = list[list.length - 1]?.revision ?? 1;
  // By default the newest revision against the one before it.
  const right = picked.right ?? latest;
  const left = picked.left ?? Math.max(1, latest - 1);
  const options = list.map((revision) => ({ value: revision.revision, label: t('poa.revisionNumber', { revision: revision.revision }) }));

  return (
    <Stack gap="lg">
      <DataTable minWidth={860} horizontalSpacing="sm" testId="poa-revisions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('poa.revisions.columns.revision')}</Table.Th>
            <Table.Th>{t('poa.revisions.columns.status')}</Table.Th>
            <Table.Th>{t('poa.revisions.columns.outcome')}</Table.Th>
            <Table.Th>{t('poa.revisions.columns.savedAt')}</Table.Th>
            <Table.Th>{t('poa.revisions.columns.actor')}</Table.Th>
            <Table.Th>{t('poa.revisions.columns.characters')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...list].reverse().map((revision) => (
            <Table.Tr key={revision.revision} data-testid="poa-revision-row" data-revision={revision.revision}>
              <Table.Td fw={600}>{t('poa.revisionNumber', { revision: revision.revision })}</Table.Td>
              <Table.Td>
                <PoaStatusBadge status={revision.status} />
              </Table.Td>
              <Table.Td>{revision.outcome ? <PoaStatusBadge status={revision.outcome} /> : <Text size="sm" c="dimmed">{t('common.none')}</Text>}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{formatDateTime(revision.savedAt, language)}</Text>
                {revision.submittedAt && (
                  <Text size="xs" c="dimmed">
                    {t('poa.revisions.submittedAt', { date: formatDateTime(revision.submittedAt, language) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{revision.actor}</Table.Td>
              <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{new Intl.NumberFormat(language).format(revision.characters)}</Table.Td>
              <Table.Td>
                <Group justify="flex-end">
                  <ExportMenu caseId={caseId} revision={revision.revision} size="xs" />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="poa-compare-title">
        <Title order={3} size="h4" id="poa-compare-title" mb="sm">
          {t('poa.revisions.compareTitle')}
        </Title>
        {list.length < 2 ? (
          <Text size="sm" c="dimmed" data-testid="poa-compare-single">
            {t('poa.revisions.single')}
          </Text>
        ) : (
          <Stack gap="md">
            <Group gap="sm" align="flex-end">
              <Select<number>
                label={t('poa.revisions.left')}
                data={options}
                value={left}
                onChange={(value) => value !== null && setPicked({ left: value, right })}
                allowDeselect={false}
                w={180}
                data-testid="poa-compare-left"
              />
              <Select<number>
                label={t('poa.revisions.right')}
                data={options}
                value={right}
                onChange={(value) => value !== null && setPicked({ left, right: value })}
                allowDeselect={false}
                w={180}
                data-testid="poa-compare-right"
              />
            </Group>
            <RevisionComparison caseId={caseId} left={left} right={right} lang={lang} />
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
