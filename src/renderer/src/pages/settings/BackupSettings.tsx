import { Badge, Button, Group, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '@shared/api/backup-schemas';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorState } from '../../components/ErrorState';
import { notifyError, notifySuccess } from '../../errors/notify-error';
import { showServerError } from '../../forms/apply-issues';
import { useBackups, useCreateBackup, useRestoreBackup, useSetBackupFolder } from '../../hooks/use-backups';
import { formatBytes, formatDateTime } from '../../i18n/format-values';
import { SettingsFact, SettingsSection } from './SettingsSection';

/** POSIX (/…), Windows drive (C:\…) or network share (\\server\…): the backend refuses anything else too. */
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

/** Settings → Backups: the rotating backups of this workspace, where they go, and restoring one. */
export function BackupSettings() {
  const { t, i18n } = useTranslation();
  const backups = useBackups();
  const create = useCreateBackup();
  const setFolder = useSetBackupFolder();
  const restore = useRestoreBackup();
  const [folder, setFolderText] = useState<string | null>(null);
  const [folderError, setFolderError] = useState<string | undefined>();
  const [restoring, setRestoring] = useState<Backup | null>(null);

  const backUpNow = async () => {
    try {
      await create.mutateAsync(undefined);
      notifySuccess(t('backups.created'));
    } catch (failure) {
      notifyError(t, failure);
    }
  };

  const saveFolder = async (value: string | null) => {
    setFolderError(undefined);
    if (value !== null && !ABSOLUTE_PATH.test(value.trim())) {
      setFolderError(t('backups.folderNotAbsolute'));
      return;
    }
    try {
      await setFolder.mutateAsync({ folder: value });
      setFolderText(null);
      notifySuccess(t('backups.folderSaved'));
    } catch (failure) {
      showServerError<{ folder: string }>(failure, ['folder'], t, (errors) => setFolderError(errors.folder));
    }
  };

  const confirmRestore = async () => {
    if (!restoring) return;
    try {
      await restore.mutateAsync({ file: restoring.file });
      notifySuccess(t('backups.restored', { when: formatDateTime(restoring.takenAt, i18n.language) }));
    } catch (failure) {
      notifyError(t, failure);
    } finally {
      setRestoring(null);
    }
  };

  return (
    <SettingsSection icon={IconDatabaseExport} title={t('backups.title')} testId="settings-backups">
      {backups.isPending && <CenteredLoader />}
      {backups.error && <ErrorState error={backups.error} onRetry={() => void backups.refetch()} />}
      {backups.data && (
        <>
          <Text size="sm" c="dimmed">
            {t('backups.explanation')}
          </Text>
          <SettingsFact label={t('backups.folder')}>{backups.data.folder}</SettingsFact>
          <Group align="flex-end" gap="md">
            <TextInput
              label={t('backups.newFolder')}
              description={t('backups.newFolderHint')}
              value={folder ?? ''}
              onChange={(event) => setFolderText(event.currentTarget.value)}
              error={folderError}
              miw={320}
              style={{ flex: 1 }}
              data-testid="backup-folder"
            />
            <Button onClick={() => void saveFolder(folder)} disabled={!folder} loading={setFolder.isPending} data-testid="backup-folder-save">
              {t('backups.useFolder')}
            </Button>
            {!backups.data.isDefaultFolder && (
              <Button variant="default" onClick={() => void saveFolder(null)} loading={setFolder.isPending}>
                {t('backups.defaultFolder')}
              </Button>
            )}
          </Group>
          <Group>
            <Button leftSection={<IconDatabaseExport size={16} />} onClick={() => void backUpNow()} loading={create.isPending} data-testid="backup-now">
              {t('backups.backUpNow')}
            </Button>
          </Group>
          {backups.data.backups.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="backups-empty">
              {t('backups.none')}
            </Text>
          ) : (
            <Table striped highlightOnHover verticalSpacing="xs" data-testid="backups-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backups.takenAt')}</Table.Th>
                  <Table.Th>{t('backups.kind')}</Table.Th>
                  <Table.Th ta="right">{t('backups.size')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('backups.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {backups.data.backups.map((backup) => (
                  <Table.Tr key={backup.file}>
                    <Table.Td>{formatDateTime(backup.takenAt, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={backup.kind === 'daily' || backup.kind === 'manual' ? 'teal' : 'gray'}>
                        {t(`backups.kinds.${backup.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{formatBytes(backup.sizeBytes, i18n.language)}</Table.Td>
                    <Table.Td ta="right">
                      <Button size="xs" variant="subtle" leftSection={<IconRestore size={14} />} onClick={() => setRestoring(backup)} aria-label={t('backups.restoreOne', { when: formatDateTime(backup.takenAt, i18n.language) })}>
                        {t('backups.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <ConfirmModal
        opened={restoring !== null}
        title={t('backups.confirmTitle')}
        body={t('backups.confirmBody', { when: restoring ? formatDateTime(restoring.takenAt, i18n.language) : '' })}
        confirmLabel={t('backups.restore')}
        confirmColor="orange"
        loading={restore.isPending}
        onConfirm={() => void confirmRestore()}
        onClose={() => setRestoring(null)}
      />
    </SettingsSection>
  );
}
