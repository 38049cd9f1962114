import { Button, Group, Paper, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileDrop } from '../../../files/use-file-drop';

/**
 * Drop files or pick them. The import page's drop zone takes one report of known formats; an appeal
 * takes any number of documents of any kind (invoices, letters, contracts), hence its own.
 */
export function AttachmentDropZone({ onFiles, busy }: { onFiles: (files: File[]) => void; busy: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const accept = (files: FileList | null) => {
    if (files && files.length > 0) onFiles([...files]);
  };
  const { dragging, handlers, frameStyle } = useFileDrop(accept, busy);
  return (
    <Paper
      radius="md"
      p="md"
      {...handlers}
      data-dragging={dragging || undefined}
      data-testid="poa-attachment-drop"
      style={frameStyle}
    >
      <input
        ref={input}
        type="file"
        multiple
        hidden
        onChange={(event) => {
          accept(event.currentTarget.files);
          event.currentTarget.value = '';
        }}
        data-testid="poa-attachment-input"
      />
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {t(dragging ? 'poa.attachments.dropNow' : 'poa.attachments.dropHint')}
        </Text>
        <Button size="xs" variant="default" leftSection={<IconPaperclip size={14} />} loading={busy} onClick={() => input.current?.click()}>
          {t('poa.attachments.choose')}
        </Button>
      </Group>
    </Paper>
  );
}
