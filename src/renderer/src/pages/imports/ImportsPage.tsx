import { ActionIcon, Alert, Button, Group, Loader, Paper, Stack, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconEye, IconFile, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { formatBytes } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { FileDropZone } from './FileDropZone';
import { ImportHistory } from './ImportHistory';
import { ImportResultAlert } from './ImportResultAlert';
import { ImportSourceForm } from './ImportSourceForm';
import { PreviewPanel } from './PreviewPanel';
import { useImportWorkbench, type ImportWorkbench } from './use-import-workbench';

/** Bring files in: choose, preview (a dry run), map columns if needed, import; undo from the history. */
export function ImportsPage() {
  const { t } = useTranslation();
  const workbench = useImportWorkbench();
  const [mappingOpen, setMappingOpen] = useState(false);
  const { preview, result, failure } = workbench;

  return (
    <>
      <PageHeader title={t('nav.imports')} description={t('imports.description')} />
      <Stack gap="xl">
        <Paper withBorder radius="md" p="lg" data-testid="import-source">
          <Stack gap="lg">
            <FileSection workbench={workbench} />
            <ImportSourceForm workbench={workbench} />
            <Group justify="flex-end">
              <Button
                leftSection={<IconEye size={16} />}
                onClick={() => void workbench.runPreview()}
                loading={workbench.previewing && preview === null}
                disabled={!workbench.file}
                data-testid="import-preview-button"
              >
                {t(preview ? 'imports.form.previewAgain' : 'imports.form.preview')}
              </Button>
            </Group>
          </Stack>
        </Paper>

        {/* With a preview on screen the result shows under its Import button instead. */}
        {result && !preview && <ImportResultAlert result={result} onClose={workbench.dismissResult} />}
        {failure && <ErrorState error={failure} />}
        {preview && (
          <Paper withBorder radius="md" p="lg">
            <PreviewPanel
              workbench={workbench}
              preview={preview}
              mappingOpen={mappingOpen}
              onMappingOpenChange={setMappingOpen}
            />
          </Paper>
        )}

        <Stack gap="sm">
          <Title order={4}>{t('imports.history.title')}</Title>
          <ImportHistory />
        </Stack>
      </Stack>
    </>
  );
}

function FileSection({ workbench }: { workbench: ImportWorkbench }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const { file, reading, fileError } = workbench;
  const onFile = (chosen: File) => void workbench.selectFile(chosen);
  return (
    <Stack gap="sm">
      {file || reading ? (
        <Group justify="space-between" wrap="nowrap" data-testid="import-file">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <ThemeIcon variant="light" size={40} radius="md">
              {reading ? <Loader size={18} /> : <IconFile size={22} />}
            </ThemeIcon>
            <div style={{ minWidth: 0 }}>
              <Text fw={600} truncate="end" data-testid="import-file-name">
                {file?.name ?? t('imports.file.reading')}
              </Text>
              {file && (
                <Text size="xs" c="dimmed">
                  {formatBytes(file.size, language)}
                </Text>
              )}
            </div>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <FileDropZone compact onFile={onFile} disabled={reading} />
            <Tooltip label={t('imports.file.remove')}>
              <ActionIcon variant="subtle" color="gray" aria-label={t('imports.file.remove')} onClick={workbench.clearFile}>
                <IconX size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      ) : (
        <FileDropZone onFile={onFile} />
      )}
      {fileError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle />} data-testid="import-file-error">
          {fileError}
        </Alert>
      )}
    </Stack>
  );
}
