import { Anchor, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { METRIC_STATUSES } from '@shared/api/kpi-schemas';
import type { Overview } from '@shared/api/overview-schemas';
import { METRIC_STATUS_LOOK } from '../../components/MetricStatusBadge';
import { OverviewSection } from './OverviewSection';
import { StatCard } from './StatCard';
import { matrixHref } from './view-links';

/** Most urgent first: a manager reads left to right. */
const STATUS_ORDER = ['breach', 'watch', 'stale', 'no_data', 'ok'] as const satisfies readonly (typeof METRIC_STATUSES)[number][];

/** Active stores counted once by their worst metric; each count opens the matrix on those stores. */
export function StatusCounts({ counts }: { counts: Overview['storesByStatus'] }) {
  const { t } = useTranslation();
  return (
    <OverviewSection
      title={t('overview.storesByStatus.title')}
      hint={t('overview.storesByStatus.hint')}
      action={
        <Anchor component={Link} to="/matrix" size="sm">
          {t('overview.storesByStatus.openMatrix')}
        </Anchor>
      }
      testId="overview-stores-by-status"
    >
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md">
        {STATUS_ORDER.map((status) => {
          const value = counts[status] ?? 0;
          const label = t(`metricStatuses.${status}`);
          return (
            <StatCard
              key={status}
              label={label}
              value={value}
              icon={METRIC_STATUS_LOOK[status].icon}
              color={METRIC_STATUS_LOOK[status].color}
              to={matrixHref(status)}
              linkHint={t('overview.storesByStatus.link', { count: value })}
              testId={`overview-status-${status}`}
            />
          );
        })}
      </SimpleGrid>
    </OverviewSection>
  );
}
