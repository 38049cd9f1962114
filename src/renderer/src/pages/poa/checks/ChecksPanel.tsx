import { Badge, Divider, Group, Highlight, Paper, Stack, Table, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PoaChecks, PoaContent } from '@shared/api/poa-content-schemas';
import { POA_TEXT_PARTS } from '@shared/domain/poa';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { describePoaWarning } from './describe-poa-warning';
import { focusWarningTarget } from './focus-poa-target';
import { warningTarget } from './warning-target';

/**
 * The checks of the text as last saved: each warning says what to fix and leads to it; lengths per
 * section and in total. Infos (evidence not inserted yet) are advice, listed after the warnings.
 */
export function ChecksPanel({ checks, content }: { checks: PoaChecks; content: PoaContent }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const number = new Intl.NumberFormat(language);
  const warnings = [...checks.warnings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1));
  const warningCount = warnings.filter((warning) => warning.severity === 'warning').length;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="poa-checks-title" data-testid="poa-checks">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="poa-checks-title">
          {t('poa.checks.title')}
        </Title>
        {/* Only the count is announced as it changes: the whole list at every autosave would drown the user. */}
        <Badge color={warningCount > 0 ? 'orange' : 'teal'} variant="light" tt="none" aria-live="polite" data-testid="poa-warning-count" data-count={warningCount}>
          {t('poa.checks.warningCount', { count: warningCount })}
        </Badge>
      </Group>
      {warningCount === 0 && (
        <Group gap="xs" wrap="nowrap" mb="xs">
          <ThemeIcon color="teal" variant="light" size="sm" radius="xl">
            <IconCircleCheck size={14} />
          </ThemeIcon>
          <Text size="sm">{t('poa.checks.allClear')}</Text>
        </Group>
      )}
      <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {warnings.map((warning, index) => {
          const message = describePoaWarning(t, warning, language);
          const info = warning.severity === 'info';
          return (
            <li key={`${warning.code}-${warning.entryId ?? ''}-${index}`}>
              <UnstyledButton
                onClick={() => focusWarningTarget(warningTarget(warning, content))}
                w="100%"
                p={6}
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                data-testid="poa-warning"
                data-code={warning.code}
              >
                <Group gap={8} wrap="nowrap" align="flex-start">
                  {info ? (
                    <IconInfoCircle size={16} color="var(--mantine-color-blue-filled)" style={{ flexShrink: 0, marginTop: 2 }} aria-label={t('poa.checks.info')} />
                  ) : (
                    <IconAlertTriangle size={16} color="var(--mantine-color-orange-filled)" style={{ flexShrink: 0, marginTop: 2 }} aria-label={t('poa.checks.warning')} />
                  )}
                  <Highlight size="sm" highlight={typeof warning.params.match === 'string' ? warning.params.match : []}>
                    {message}
                  </Highlight>
                </Group>
              </UnstyledButton>
            </li>
          );
        })}
      </Stack>
      <Divider my="sm" />
      <Title order={4} size="h6" mb={4}>
        {t('poa.checks.lengths')}
      </Title>
      <Table fz="sm" verticalSpacing={2} horizontalSpacing={0} withRowBorders={false} data-testid="poa-lengths">
        <Table.Tbody>
          {POA_TEXT_PARTS.map((part) => (
            <Table.Tr key={part}>
              <Table.Th fw={400} c="dimmed">
                {t(`poa.sections.${part}`)}
              </Table.Th>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {number.format(checks.lengths.parts[part])}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th>{t('poa.checks.total')}</Table.Th>
            <Table.Td ta="right" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="poa-length-total">
              {number.format(checks.lengths.total)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt={4}>
        {t('poa.checks.lengthHint')}
      </Text>
    </Paper>
  );
}
