import { Code, Paper, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '@shared/api/import-schemas';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { describeImportIssue } from './describe-import-issue';

interface ImportIssuesTableProps {
  issues: readonly ImportIssue[];
  /** How many problems the file has in all; the backend sends the first 200. */
  issueCount: number;
  testId: string;
}

/** Where each problem is (line, column or JSON path), the value found there, and what is wrong. */
export function ImportIssuesTable({ issues, issueCount, testId }: ImportIssuesTableProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const hidden = issueCount - issues.length;
  return (
    <Paper withBorder radius="md">
      <ScrollArea.Autosize mah={320} type="auto">
        <Table verticalSpacing={6} horizontalSpacing="sm" stickyHeader striped styles={{ th: { whiteSpace: 'nowrap' } }} data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={72} ta="right">
                {t('imports.issues.line')}
              </Table.Th>
              <Table.Th w={200}>{t('imports.issues.column')}</Table.Th>
              <Table.Th w={160}>{t('imports.issues.value')}</Table.Th>
              <Table.Th>{t('imports.issues.message')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issues.map((issue, index) => (
              <Table.Tr key={index} data-line={issue.line ?? undefined} data-column={issue.column ?? undefined} data-code={issue.code ?? undefined}>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  <Text size="sm">{issue.line === null ? t('common.none') : issue.line.toLocaleString(language)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {issue.column ?? t('common.none')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {issue.value === null || issue.value === '' ? (
                    <Text size="sm" c="dimmed">
                      {issue.value === '' ? t('imports.issues.empty') : t('common.none')}
                    </Text>
                  ) : (
                    <Code style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{issue.value}</Code>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{describeImportIssue(t, issue)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {hidden > 0 && (
        <Text size="sm" c="dimmed" px="sm" py="xs" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} data-testid={`${testId}-more`}>
          {t('imports.issues.more', { count: hidden })}
        </Text>
      )}
    </Paper>
  );
}
