import { Button, Group, Paper, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Drop files or pick them. The import page's drop zone takes one report of known formats; an appeal
 * takes any number of documents of any kind (invoices, letters, contracts), hence its own.
 */
export function AttachmentDropZone({ onFiles, busy }: { onFiles: (files: File[]) => void; busy: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const accept = (files: FileList | null) => {
    if (files && files.length > 0) onFiles([...files]);
  };
  const onDragOver = (event: DragEvent) => {
    if (busy || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) accept(event.dataTransfer.files);
  };
  return (
    <Paper
      radius="md"
      p="md"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-dragging={dragging || undefined}
      data-testid="poa-attachment-drop"
      style={{
        border: `2px dashed var(--mantine-color-${dragging ? 'indigo-5' : 'default-border'})`,
        background: dragging ? 'var(--mantine-color-indigo-light)' : 'var(--mantine-color-default-hover)',
      }}
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
