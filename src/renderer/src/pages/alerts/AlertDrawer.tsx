import { Button, Divider, Drawer, Group, Skeleton, Stack, Title } from '@mantine/core';
import { IconChartLine } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AlertSeverityBadge } from '../../components/AlertSeverityBadge';
import { ErrorState } from '../../components/ErrorState';
import { useAlert, useAlertHistory } from '../../hooks/use-alerts';
import { slaKindOfMetricKey } from './sla-alert-kind';
import { useAlertMetricLabel } from './use-alert-metric-label';
import { storeHref } from '../overview/view-links';
import { AlertActionsPanel } from './AlertActionsPanel';
import { AlertFacts } from './AlertFacts';
import { AlertHistory } from './AlertHistory';
import { AlertStateBadge } from './AlertStateBadge';

interface AlertDrawerProps {
  alertId: number | null;
  onClose: () => void;
  assignees: readonly string[];
  now: Date;
  today: string;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** One alert in full: facts, a link to the store at the day it fired, actions and history. */
export function AlertDrawer({ alertId, onClose, assignees, now, today }: AlertDrawerProps) {
  const { t } = useTranslation();
  const metricLabel = useAlertMetricLabel();
  // The last alert shown stays while the drawer slides out, so its content does not blank.
  const [shownId, setShownId] = useState(alertId);
  if (alertId !== null && alertId !== shownId) setShownId(alertId);
  const alert = useAlert(shownId);
  const history = useAlertHistory(shownId);
  const data = alert.data;

  return (
    <Drawer
      opened={alertId !== null}
      onClose={onClose}
      position="right"
      size={600}
      title={data ? t('alerts.alertName', { metric: metricLabel(data.metricKey), store: data.storeName }) : t('alerts.drawer.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
      data-testid="alert-drawer"
    >
      {alert.error && <ErrorState error={alert.error} onRetry={() => void alert.refetch()} />}
      {shownId !== null && !data && !alert.error && (
        <Stack gap="md" aria-busy>
          <Skeleton h={24} w="60%" />
          <Skeleton h={160} />
          <Skeleton h={120} />
        </Stack>
      )}
      {data && (
        <Stack gap="lg" pb="xl" key={data.id}>
          <Group gap="xs">
            <AlertSeverityBadge severity={data.severity} />
            <AlertStateBadge alert={data} today={today} />
          </Group>
          <AlertFacts alert={data} now={now} />
          <Group>
            <Button
              component={Link}
              to={slaKindOfMetricKey(data.metricKey) ? '/contracts?tab=sla' : storeHref(data.storeId, { metric: data.metricKey, date: data.dataDate })}
              variant="default"
              leftSection={<IconChartLine size={16} />}
              data-testid="alert-open-store"
            >
              {t(slaKindOfMetricKey(data.metricKey) ? 'alerts.drawer.openSlaBoard' : 'alerts.drawer.openStore')}
            </Button>
          </Group>
          <Divider />
          <Section title={t('alerts.drawer.actions')}>
            <AlertActionsPanel alert={data} assignees={assignees} />
          </Section>
          <Divider />
          <Section title={t('alerts.drawer.history')}>
            {history.error && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
            {history.isPending && <Skeleton h={80} />}
            {history.data && <AlertHistory events={history.data} />}
          </Section>
        </Stack>
      )}
    </Drawer>
  );
}
