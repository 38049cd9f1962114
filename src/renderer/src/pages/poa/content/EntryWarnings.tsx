import { Group, Highlight, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PoaWarning } from '@shared/api/poa-content-schemas';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { describePoaWarning } from '../checks/describe-poa-warning';

/** The warnings about one entry, under it; a flagged phrase or placeholder is quoted and marked. */
export function EntryWarnings({ warnings }: { warnings: readonly PoaWarning[] }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  if (warnings.length === 0) return null;
  return (
    <Stack gap={4} mt="xs" data-testid="poa-entry-warnings">
      {warnings.map((warning, index) => (
        <Group key={`${warning.code}-${index}`} gap={6} wrap="nowrap" align="flex-start">
          <IconAlertTriangle size={14} color="var(--mantine-color-orange-filled)" style={{ flexShrink: 0, marginTop: 3 }} aria-hidden />
          <Highlight size="xs" c="orange.9" highlight={typeof warning.params.match === 'string' ? warning.params.match : []}>
            {describePoaWarning(t, warning, language)}
          </Highlight>
        </Group>
      ))}
    </Stack>
  );
}
