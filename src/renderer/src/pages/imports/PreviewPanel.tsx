import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconCopy, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '@shared/api/import-schemas';
import { useMappings } from '../../hooks/use-imports';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { ImportIssuesTable } from './ImportIssuesTable';
import { ImportResultAlert } from './ImportResultAlert';
import { ImportRunBar } from './ImportRunBar';
import { mappingName } from './import-options';
import { MappingEditor } from './mapping/MappingEditor';
import { initialMappingForm } from './mapping/initial-mapping-form';
import { SampleRowsTable } from './SampleRowsTable';
import type { ImportWorkbench } from './use-import-workbench';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder radius="md" px="md" py="sm">
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fw={600} mt={2} data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Paper>
  );
}

interface PreviewPanelProps {
  workbench: ImportWorkbench;
  preview: ImportPreview;
  mappingOpen: boolean;
  onMappingOpenChange: (open: boolean) => void;
}

/** What the dry run found: format, where the records go, the first rows, and every problem. */
export function PreviewPanel({ workbench, preview, mappingOpen, onMappingOpenChange }: PreviewPanelProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const mappings = useMappings();
  const { header } = preview;
  const nothingRead = preview.recordCount === 0;
  const showEditor = header !== null && (mappingOpen || nothingRead);
  const initial = useMemo(
    () => (header ? initialMappingForm(header, workbench.settings.mapping, preview.mappingName, mappings.data ?? []) : null),
    [header, workbench.settings.mapping, preview.mappingName, mappings.data],
  );
  const usedMapping =
    workbench.settings.mapping.kind === 'inline'
      ? t('imports.preview.mappingInline')
      : preview.mappingName
        ? mappingName(t, preview.mappingName)
        : t(nothingRead ? 'imports.preview.mappingNoneFits' : 'imports.preview.mappingDetected');
  const number = (value: number) => value.toLocaleString(language);

  return (
    <Stack gap="lg" data-testid="import-preview">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={4}>{t('imports.preview.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('imports.preview.dryRun')}
          </Text>
        </div>
        {header && !nothingRead && (
          <Button variant="light" leftSection={<IconAdjustmentsHorizontal size={16} />} onClick={() => onMappingOpenChange(!mappingOpen)} data-testid="toggle-mapping">
            {t(mappingOpen ? 'imports.mapping.close' : 'imports.mapping.open')}
          </Button>
        )}
      </Group>

      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
        <Fact label={t('imports.preview.format')} testId="preview-format">
          {t(`imports.formats.${preview.format}`)}
        </Fact>
        <Fact label={t('imports.preview.encoding')} testId="preview-encoding">
          {preview.encoding ?? t('common.none')}
        </Fact>
        <Fact label={t('imports.preview.mapping')} testId="preview-mapping">
          {preview.header ? usedMapping : t('imports.preview.mappingNotNeeded')}
        </Fact>
        <Fact label={t('imports.preview.records')} testId="preview-records">
          {number(preview.recordCount)}
        </Fact>
        <Fact label={t('imports.preview.issues')} testId="preview-issues">
          <Text span fw={600} c={preview.issueCount > 0 ? 'red' : 'teal'}>
            {number(preview.issueCount)}
          </Text>
        </Fact>
      </SimpleGrid>

      {preview.format.startsWith('amazon_') && workbench.settings.storeId === null && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle />} data-testid="preview-choose-store">
          {t('imports.preview.chooseAmazonStore')}
        </Alert>
      )}

      {preview.duplicateOfBatchId !== null && (
        <Alert color="yellow" variant="light" icon={<IconCopy />} data-testid="preview-duplicate">
          {t('imports.preview.duplicate', { batchId: preview.duplicateOfBatchId })}
        </Alert>
      )}

      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('imports.preview.stores')}
        </Text>
        {preview.stores.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('imports.preview.noStores')}
          </Text>
        ) : (
          <Group gap="xs" data-testid="preview-stores">
            {preview.stores.map((store) => (
              <Badge key={store.storeId} variant="light" size="lg" tt="none" radius="sm">
                {store.displayName} · {t('imports.preview.storeRecords', { count: store.records })}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>

      {header && (
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('imports.preview.sampleTitle')}
          </Text>
          <SampleRowsTable header={header} rows={preview.sampleRows} />
        </Stack>
      )}

      {header && nothingRead && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle />}>
          {t('imports.preview.noRecords')}
        </Alert>
      )}

      {showEditor && initial && (
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('imports.mapping.title')}
          </Text>
          <MappingEditor
            key={workbench.previewId}
            header={header}
            initial={initial}
            previewing={workbench.previewing}
            onPreview={(mapping) => {
              // Stay in the mapping step: a working preview is the moment to save it as a preset.
              onMappingOpenChange(true);
              void workbench.runPreview({ kind: 'inline', mapping });
            }}
            onSaved={(name) => void workbench.runPreview({ kind: 'preset', name })}
          />
        </Stack>
      )}

      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('imports.issues.title')}
        </Text>
        {preview.issueCount === 0 ? (
          <Text size="sm" c="teal" data-testid="preview-no-issues">
            {t('imports.issues.none')}
          </Text>
        ) : (
          <ImportIssuesTable issues={preview.issues} issueCount={preview.issueCount} testId="preview-issues-table" />
        )}
      </Stack>

      <ImportRunBar workbench={workbench} preview={preview} />
      {workbench.result && (
        <ImportResultAlert
          result={workbench.result}
          onClose={workbench.dismissResult}
          showIssues={workbench.result.issueCount !== preview.issueCount}
        />
      )}
    </Stack>
  );
}
