import { Button, Group, Select, Table, Text } from '@mantine/core';
import { IconFolderDown } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/CenteredLoader';
import { DataTable } from '../../components/DataTable';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useReviewList } from '../../hooks/use-reviews';
import { formatDateTime } from '../../i18n/format-values';
import { BatchExportModal } from './BatchExportModal';
import { ReviewDrawer } from './ReviewDrawer';
import { ReviewStatusBadge } from './ReviewStatusBadge';
import { formatReviewMonth, reviewMonths } from './review-months';

/** Every active client's review of a month, with its status; open one to edit, preview and export it. */
export function ReviewsPage() {
  const { t, i18n } = useTranslation();
  const months = useMemo(() => reviewMonths(new Date()), []);
  const [month, setMonth] = useState(months[0]!);
  const [openClientId, setOpenClientId] = useState<number | null>(null);
  const [batchOpen, setBatchOpen] = useState(false);
  const list = useReviewList(month);
  const language = i18n.language;

  return (
    <>
      <PageHeader
        title={t('nav.reviews')}
        description={t('reviews.description')}
        actions={
          <Group gap="sm">
            <Select
              aria-label={t('reviews.month')}
              data={months.map((value) => ({ value, label: formatReviewMonth(value, language) }))}
              value={month}
              onChange={(value) => value && setMonth(value)}
              allowDeselect={false}
              w={180}
              data-testid="review-month"
            />
            <Button leftSection={<IconFolderDown size={16} />} onClick={() => setBatchOpen(true)} data-testid="review-batch-open">
              {t('reviews.batch.open')}
            </Button>
          </Group>
        }
      />
      {list.isPending && <CenteredLoader />}
      {list.error && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.length === 0 && <Text c="dimmed">{t('reviews.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <DataTable minWidth={760} testId="review-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reviews.columns.client')}</Table.Th>
              <Table.Th>{t('reviews.columns.stores')}</Table.Th>
              <Table.Th>{t('reviews.columns.language')}</Table.Th>
              <Table.Th>{t('reviews.columns.status')}</Table.Th>
              <Table.Th>{t('reviews.columns.sentAt')}</Table.Th>
              <Table.Th>{t('reviews.columns.lastExport')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((row) => (
              <Table.Tr key={row.clientId} data-testid={`review-row-${row.clientId}`}>
                <Table.Td fw={500}>{row.clientName}</Table.Td>
                <Table.Td>{row.storeCount}</Table.Td>
                <Table.Td>{t(`languages.${row.language}`)}</Table.Td>
                <Table.Td>
                  <ReviewStatusBadge status={row.status} />
                </Table.Td>
                <Table.Td>{row.sentAt ? formatDateTime(row.sentAt, language) : '—'}</Table.Td>
                <Table.Td>{row.lastExportedAt ? formatDateTime(row.lastExportedAt, language) : '—'}</Table.Td>
                <Table.Td ta="right">
                  <Button size="xs" variant="light" onClick={() => setOpenClientId(row.clientId)} data-testid={`review-open-${row.clientId}`}>
                    {t('reviews.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      <ReviewDrawer reviewKey={openClientId === null ? null : { clientId: openClientId, month }} onClose={() => setOpenClientId(null)} />
      <BatchExportModal opened={batchOpen} month={month} onClose={() => setBatchOpen(false)} />
    </>
  );
}
