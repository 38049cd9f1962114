import { Badge, Button, EmptyState, Group, Paper, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArrowBackUp, IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '@shared/api/import-schemas';
import { SNAPSHOT_SOURCES, type SnapshotSource } from '@shared/domain/snapshots';
import { DataTable } from '../../components/DataTable';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorState } from '../../components/ErrorState';
import { notifyError, notifySuccess } from '../../errors/notify-error';
import { useImportHistory, useUndoImport } from '../../hooks/use-imports';
import { useModalTarget } from '../../hooks/use-modal-target';
import { formatDateTime } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { isBatchFormat } from './import-options';

const STORES_SHOWN = 2;

function isSnapshotSource(source: string): source is SnapshotSource {
  return (SNAPSHOT_SOURCES as readonly string[]).includes(source);
}

/** Every batch (or, given a store, the batches that touched it), newest first, each undoable until it is undone. */
export function ImportHistory({ storeId }: { storeId?: number }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const history = useImportHistory(storeId === undefined ? { limit: 100 } : { limit: 100, storeId });
  const undoing = useModalTarget<ImportBatch>();
  const undo = useUndoImport();

  const confirmUndo = async (batch: ImportBatch) => {
    try {
      await undo.mutateAsync({ batchId: batch.id });
      notifySuccess(t('imports.history.notify.undone', { id: batch.id }));
      undoing.close();
    } catch (error) {
      notifyError(t, error);
    }
  };

  const number = (value: number) => value.toLocaleString(language);
  let body;
  if (history.isPending) body = <CenteredLoader />;
  else if (history.error) body = <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  else if (history.data.length === 0) {
    body = (
      <Paper withBorder radius="md" py={40} px="xl">
        <EmptyState icon={<IconHistory size={28} />} variant="light" title={t('imports.history.empty.title')} description={t('imports.history.empty.description')} />
      </Paper>
    );
  } else {
    body = (
      <DataTable minWidth={900} horizontalSpacing="sm" testId="import-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.history.columns.date')}</Table.Th>
                <Table.Th>{t('imports.history.columns.source')}</Table.Th>
                <Table.Th>{t('imports.history.columns.format')}</Table.Th>
                <Table.Th ta="right">{t('imports.history.columns.rows')}</Table.Th>
                <Table.Th ta="right">{t('imports.history.columns.skipped')}</Table.Th>
                <Table.Th>{t('imports.history.columns.stores')}</Table.Th>
                <Table.Th>{t('imports.history.columns.status')}</Table.Th>
                <Table.Th>{t('imports.history.columns.actor')}</Table.Th>
                <Table.Th w={110}>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.map((batch) => {
                const undone = batch.status === 'undone';
                const shown = batch.stores.slice(0, STORES_SHOWN);
                const more = batch.stores.length - shown.length;
                return (
                  <Table.Tr key={batch.id} data-batch={batch.id} data-status={batch.status} c={undone ? 'dimmed' : undefined}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">{formatDateTime(batch.createdAt, language)}</Text>
                      <Text size="xs" c="dimmed">
                        #{batch.id}
                      </Text>
                    </Table.Td>
                    <Table.Td maw={240}>
                      <Text size="sm" fw={500} truncate="end" title={batch.sourceName}>
                        {batch.sourceName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {isSnapshotSource(batch.source) ? t(`imports.history.sources.${batch.source}`) : batch.source}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{batch.format && isBatchFormat(batch.format) ? t(`imports.formats.${batch.format}`) : (batch.format ?? t('common.none'))}</Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm">{number(batch.rowCount)}</Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm">{number(batch.skippedCount)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={batch.stores.map((store) => store.displayName).join(', ')} disabled={more <= 0} multiline maw={360}>
                        <Stack gap={0}>
                          {shown.map((store) => (
                            <Text key={store.storeId} size="sm" style={{ whiteSpace: 'nowrap' }}>
                              {store.displayName}
                            </Text>
                          ))}
                          {more > 0 && (
                            <Text size="xs" c="dimmed">
                              {t('imports.history.moreStores', { count: more })}
                            </Text>
                          )}
                          {batch.stores.length === 0 && <Text size="sm">{t('common.none')}</Text>}
                        </Stack>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={batch.undoneAt ? t('imports.history.undoneAt', { date: formatDateTime(batch.undoneAt, language) }) : ''} disabled={!batch.undoneAt}>
                        <Badge miw="max-content" variant="light" color={undone ? 'gray' : 'teal'} data-testid="batch-status">
                          {t(`imports.history.statuses.${batch.status}`)}
                        </Badge>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{batch.actor}</Text>
                    </Table.Td>
                    <Table.Td>
                      {!undone && (
                        <Group justify="flex-end">
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            leftSection={<IconArrowBackUp size={14} />}
                            aria-label={t('imports.history.undoNamed', { id: batch.id })}
                            onClick={() => undoing.open(batch)}
                            data-testid="undo-batch"
                          >
                            {t('imports.history.undo')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
      </DataTable>
    );
  }

  return (
    <>
      {body}
      <ConfirmModal
        opened={undoing.opened}
        title={t('imports.history.undoConfirm.title')}
        body={t('imports.history.undoConfirm.body', {
          id: undoing.target?.id ?? 0,
          name: undoing.target?.sourceName ?? '',
          count: undoing.target?.rowCount ?? 0,
        })}
        confirmLabel={t('imports.history.undo')}
        loading={undo.isPending}
        onConfirm={() => undoing.target && void confirmUndo(undoing.target)}
        onClose={undoing.close}
      />
    </>
  );
}
