import { Anchor, Button, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { IconClockCheck, IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Overview } from '@shared/api/overview-schemas';
import { formatDay } from '../../i18n/format-values';
import { alertsHref } from '../alerts/alert-filters';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { OverviewSection } from './OverviewSection';
import { storeHref } from './view-links';

const SHOWN = 6;

/** Stores whose newest data is older than their metrics' refresh + grace, with the way to fix it. */
export function StaleDataList({ stores }: { stores: Overview['stale'] }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const shown = stores.slice(0, SHOWN);
  const more = stores.length - shown.length;

  const importButton = (
    <Button component={Link} to="/imports" size="xs" variant="light" leftSection={<IconFileImport size={14} />} data-testid="overview-stale-import">
      {t('overview.stale.import')}
    </Button>
  );

  return (
    <OverviewSection title={t('overview.stale.title')} hint={t('overview.stale.hint')} action={stores.length > 0 ? importButton : undefined} testId="overview-stale">
      <Paper withBorder radius="md" p="md">
        {stores.length === 0 ? (
          <EmptyState icon={<IconClockCheck size={24} />} variant="light" color="teal" size="sm" title={t('overview.stale.emptyTitle')} description={t('overview.stale.emptyDescription')} />
        ) : (
          <Stack gap="sm">
            {shown.map((store) => (
              <Group key={store.storeId} justify="space-between" wrap="nowrap" gap="sm" data-testid="overview-stale-store">
                <Stack gap={0} miw={0}>
                  <Anchor component={Link} to={storeHref(store.storeId)} size="sm" fw={600} truncate="end">
                    {store.displayName}
                  </Anchor>
                  <Text size="xs" c="dimmed" truncate="end">
                    {store.lastDataDate ? t('overview.stale.lastData', { date: formatDay(store.lastDataDate, language) }) : t('overview.stale.noData')}
                  </Text>
                </Stack>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t('overview.stale.metrics', { count: store.staleMetrics })}
                </Text>
              </Group>
            ))}
            {more > 0 && (
              <Anchor component={Link} to={alertsHref({ kind: 'stale' })} size="sm">
                {t('overview.stale.more', { count: more })}
              </Anchor>
            )}
          </Stack>
        )}
      </Paper>
    </OverviewSection>
  );
}
