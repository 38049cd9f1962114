import { Button, Checkbox, Group, Paper, Text } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '@shared/api/import-schemas';
import { ImportProgress } from './ImportProgress';
import type { ImportWorkbench } from './use-import-workbench';

/** The real run: all or nothing, unless the user chooses to leave the invalid rows out. */
export function ImportRunBar({ workbench, preview }: { workbench: ImportWorkbench; preview: ImportPreview }) {
  const { t } = useTranslation();
  const hasIssues = preview.issueCount > 0;
  return (
    <Paper withBorder radius="md" p="md" bg="var(--mantine-color-default-hover)">
      <Group justify="space-between" wrap="nowrap" gap="lg">
        <Checkbox
          label={t('imports.run.skipInvalid')}
          description={hasIssues ? t('imports.run.skipInvalidHint', { count: preview.issueCount }) : t('imports.run.skipInvalidDisabledHint')}
          checked={workbench.skipInvalid}
          onChange={(event) => workbench.setSkipInvalid(event.currentTarget.checked)}
          disabled={!hasIssues}
          style={{ flex: 1, minWidth: 0 }}
          data-testid="import-skip-invalid"
        />
        <Group gap="md" wrap="nowrap">
          <Text size="sm" c="dimmed" ta="right" visibleFrom="sm" style={{ whiteSpace: 'nowrap' }}>
            {t('imports.run.summary', { count: preview.recordCount })}
          </Text>
          {workbench.importing && <ImportProgress jobId={workbench.jobId} onCancel={workbench.cancelImport} />}
          <Button
            leftSection={<IconDatabaseImport size={18} />}
            onClick={() => void workbench.runImport()}
            loading={workbench.importing}
            disabled={preview.recordCount === 0}
            data-testid="import-run"
          >
            {t('imports.run.button')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
