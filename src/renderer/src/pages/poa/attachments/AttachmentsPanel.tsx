import { ActionIcon, Code, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POA_ATTACHMENT_MAX_BYTES, type PoaAttachment } from '@shared/api/poa-schemas';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifyError, notifySuccess } from '../../../errors/notify-error';
import { readFileAsBase64 } from '../../../files/bytes-to-base64';
import { useModalTarget } from '../../../hooks/use-modal-target';
import { useAddPoaAttachment, usePoaAttachments, useRemovePoaAttachment } from '../../../hooks/use-poa';
import { formatBytes, formatDateTime } from '../../../i18n/format-values';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { AttachmentDropZone } from './AttachmentDropZone';

/** Enough of a SHA-256 to tell files apart at a glance; the whole hash is in the tooltip. */
const SHORT_HASH = 12;

/** Documents for the appeal, copied into the workspace by content hash and listed by name in the export. */
export function AttachmentsPanel({ caseId, editable }: { caseId: number; editable: boolean }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const attachments = usePoaAttachments(caseId);
  const add = useAddPoaAttachment();
  const remove = useRemovePoaAttachment();
  const removal = useModalTarget<PoaAttachment>();
  const [busy, setBusy] = useState(false);

  const upload = async (files: File[]) => {
    setBusy(true);
    try {
      for (const file of files) {
        if (file.size > POA_ATTACHMENT_MAX_BYTES) {
          notifications.show({ color: 'red', title: t('poa.attachments.failedTitle'), message: t('poa.attachments.tooLarge', { name: file.name }) });
          continue;
        }
        try {
          const added = await add.mutateAsync({ caseId, fileName: file.name, base64: await readFileAsBase64(file) });
          notifySuccess(t(added.alreadyAttached ? 'poa.attachments.already' : 'poa.attachments.added', { name: added.fileName }));
        } catch (error) {
          notifyError(t, error);
        }
      }
    } finally {
      setBusy(false);
    }
  };

  const list = attachments.data ?? [];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="poa-section-attachments" data-testid="poa-attachments">
      <Title order={3} size="h4" id="poa-section-attachments" mb={4}>
        {t('poa.attachments.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('poa.attachments.description')}
      </Text>
      <Stack gap="sm">
        {editable && <AttachmentDropZone onFiles={(files) => void upload(files)} busy={busy} />}
        {list.length === 0 ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('poa.attachments.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing={6} fz="sm" data-testid="poa-attachment-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('poa.attachments.columns.name')}</Table.Th>
                  <Table.Th>{t('poa.attachments.columns.size')}</Table.Th>
                  <Table.Th>{t('poa.attachments.columns.hash')}</Table.Th>
                  <Table.Th>{t('poa.attachments.columns.added')}</Table.Th>
                  {editable && <Table.Th aria-label={t('common.actions')} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((attachment) => (
                  <Table.Tr key={attachment.id} data-testid="poa-attachment" data-name={attachment.fileName}>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{attachment.fileName}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatBytes(attachment.byteSize, language)}</Table.Td>
                    <Table.Td>
                      <Tooltip label={attachment.sha256} withArrow>
                        <Code tabIndex={0} aria-label={t('poa.attachments.hashLabel', { hash: attachment.sha256 })}>
                          {attachment.sha256.slice(0, SHORT_HASH)}
                        </Code>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(attachment.addedAt, language)}</Table.Td>
                    {editable && (
                      <Table.Td>
                        <Group justify="flex-end">
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            onClick={() => removal.open(attachment)}
                            aria-label={t('poa.attachments.remove', { name: attachment.fileName })}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <ConfirmModal
        opened={removal.opened}
        title={t('poa.attachments.removeTitle')}
        body={t('poa.attachments.removeBody', { name: removal.target?.fileName ?? '' })}
        confirmLabel={t('poa.attachments.removeConfirm')}
        loading={remove.isPending}
        onConfirm={() => {
          if (!removal.target) return;
          remove.mutate({ id: removal.target.id }, { onSuccess: removal.close, onError: (error) => notifyError(t, error) });
        }}
        onClose={removal.close}
      />
    </Paper>
  );
}
