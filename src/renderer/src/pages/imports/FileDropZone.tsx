import { Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_ACCEPT } from '../../files/import-file-types';
import { useFileDrop } from '../../files/use-file-drop';

interface FileDropZoneProps {
  onFile: (file: File) => void;
  /** When a file is already chosen the zone shrinks to a single line. */
  compact?: boolean;
  disabled?: boolean;
}

/** Drop a file or pick one; @mantine/dropzone is not a dependency, so this is drag events plus a file input. */
export function FileDropZone({ onFile, compact = false, disabled = false }: FileDropZoneProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const accept = (files: FileList | null) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  const { dragging, handlers, frameStyle } = useFileDrop(accept, disabled);

  const hiddenInput = (
    <input
      ref={input}
      type="file"
      accept={IMPORT_ACCEPT}
      hidden
      onChange={(event) => {
        accept(event.currentTarget.files);
        // Choosing the same file again after a fix should load it again.
        event.currentTarget.value = '';
      }}
      data-testid="import-file-input"
    />
  );
  const chooseButton = (
    <Button
      variant={compact ? 'default' : 'filled'}
      size={compact ? 'xs' : 'sm'}
      leftSection={<IconUpload size={16} />}
      onClick={() => input.current?.click()}
      disabled={disabled}
      data-testid="import-choose-file"
    >
      {t(compact ? 'imports.file.change' : 'imports.file.choose')}
    </Button>
  );

  if (compact) {
    return (
      <div {...handlers}>
        {hiddenInput}
        {chooseButton}
      </div>
    );
  }
  return (
    <Paper
      radius="md"
      p="xl"
      {...handlers}
      data-dragging={dragging || undefined}
      data-testid="import-drop-zone"
      style={frameStyle}
    >
      {hiddenInput}
      <Group gap="lg" wrap="nowrap" justify="center">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconFileUpload size={30} stroke={1.5} />
        </ThemeIcon>
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Text fw={600}>{t(dragging ? 'imports.file.dropNow' : 'imports.file.dropTitle')}</Text>
          <Text size="sm" c="dimmed" maw={560}>
            {t('imports.file.dropHint')}
          </Text>
          <Group mt={4}>{chooseButton}</Group>
        </Stack>
      </Group>
    </Paper>
  );
}
