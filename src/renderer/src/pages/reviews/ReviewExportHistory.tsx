import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureInput } from '@shared/api/contract';
import { CenteredLoader } from '../../components/CenteredLoader';
import { DataTable } from '../../components/DataTable';
import { ErrorState } from '../../components/ErrorState';
import { useReviewExports } from '../../hooks/use-reviews';
import { formatBytes, formatDateTime } from '../../i18n/format-values';

/** Every file exported from the review, with its SHA-256: a file found later can be matched to its export. */
export function ReviewExportHistory({ reviewKey }: { reviewKey: ProcedureInput<'reviews.exports'> }) {
  const { t, i18n } = useTranslation();
  const history = useReviewExports(reviewKey);
  if (history.isPending) return <CenteredLoader />;
  if (history.error) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) return <Text c="dimmed">{t('reviews.history.empty')}</Text>;
  return (
    <DataTable minWidth={720} testId="review-history" horizontalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reviews.history.exportedAt')}</Table.Th>
          <Table.Th>{t('reviews.history.file')}</Table.Th>
          <Table.Th>{t('reviews.history.language')}</Table.Th>
          <Table.Th>{t('reviews.history.size')}</Table.Th>
          <Table.Th>{t('reviews.history.hash')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.data.map((record) => (
          <Table.Tr key={record.id}>
            <Table.Td>{formatDateTime(record.exportedAt, i18n.language)}</Table.Td>
            <Table.Td>{record.fileName}</Table.Td>
            <Table.Td>{t(`languages.${record.language}`)}</Table.Td>
            <Table.Td>{formatBytes(record.byteLength, i18n.language)}</Table.Td>
            <Table.Td>
              <Code title={record.sha256}>{record.sha256.slice(0, 16)}…</Code>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
