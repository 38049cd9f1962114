import { Anchor, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ALERT_SEVERITIES } from '@shared/api/alert-schemas';
import type { Overview } from '@shared/api/overview-schemas';
import { SEVERITY_LOOK } from '../../components/AlertSeverityBadge';
import { alertsHref } from '../alerts/alert-filters';
import { OverviewSection } from './OverviewSection';
import { StatCard } from './StatCard';

/** Open alerts (not resolved, not snoozed) by severity; each count opens the inbox on them. */
export function AlertCounts({ counts }: { counts: Overview['openAlertsBySeverity'] }) {
  const { t } = useTranslation();
  return (
    <OverviewSection
      title={t('overview.openAlerts.title')}
      hint={t('overview.openAlerts.hint')}
      action={
        <Anchor component={Link} to="/alerts" size="sm">
          {t('overview.openAlerts.openInbox')}
        </Anchor>
      }
      testId="overview-open-alerts"
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {ALERT_SEVERITIES.map((severity) => {
          const value = counts[severity] ?? 0;
          const label = t(`alertSeverities.${severity}`);
          return (
            <StatCard
              key={severity}
              label={label}
              value={value}
              icon={SEVERITY_LOOK[severity].icon}
              color={SEVERITY_LOOK[severity].color}
              to={alertsHref({ severity })}
              linkHint={t('overview.openAlerts.link', { count: value })}
              testId={`overview-alerts-${severity}`}
            />
          );
        })}
      </SimpleGrid>
    </OverviewSection>
  );
}
