import { Alert, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconCopy, IconFileX } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '@shared/api/import-schemas';
import { ImportIssuesTable } from './ImportIssuesTable';

const LOOK = {
  imported: { color: 'teal', icon: IconCircleCheck },
  duplicate: { color: 'yellow', icon: IconCopy },
  rejected: { color: 'red', icon: IconFileX },
} as const;

/** What the real run did: a batch to find in the history, a duplicate, or a refusal with its reasons. */
interface ImportResultAlertProps {
  result: ImportResult;
  onClose: () => void;
  /** Off when the preview above already lists the very same problems. */
  showIssues?: boolean;
}

export function ImportResultAlert({ result, onClose, showIssues = true }: ImportResultAlertProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // The Import button may sit far down a long preview: bring the outcome into view.
  // Braces matter: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
  useEffect(() => {
    void ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [result]);
  const { color, icon: ResultIcon } = LOOK[result.status];
  const batchId = result.batchId ?? 0;
  return (
    <Alert
      ref={ref}
      color={color}
      variant="light"
      icon={<ResultIcon />}
      title={t(`imports.result.${result.status}.title`)}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      data-testid="import-result"
      data-status={result.status}
    >
      <Stack gap="sm">
        {result.status === 'imported' && (
          <Text size="sm">
            {t('imports.result.imported.body', { count: result.rowCount, batchId })}
            {result.skippedCount > 0 && ` ${t('imports.result.imported.skipped', { count: result.skippedCount })}`}
          </Text>
        )}
        {result.status === 'duplicate' && <Text size="sm">{t('imports.result.duplicate.body', { batchId })}</Text>}
        {result.status === 'rejected' && (
          <>
            <Text size="sm">{t('imports.result.rejected.body', { count: result.issueCount })}</Text>
            {showIssues && result.issues.length > 0 && <ImportIssuesTable issues={result.issues} issueCount={result.issueCount} testId="result-issues-table" />}
          </>
        )}
      </Stack>
    </Alert>
  );
}
