import { Divider, Drawer, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '@shared/api/client-schemas';
import type { Store } from '@shared/api/store-schemas';
import { useAppliedThresholds } from '../../../hooks/use-thresholds';
import { localToday } from '../../../i18n/format-values';
import { defaultThreshold, thresholdMetrics } from '../../../metrics/metric-options';
import { AppliedThresholds } from './AppliedThresholds';
import { TargetForm, type CurrentThreshold } from './TargetForm';
import type { TargetScope } from './target-form-values';
import { UserTargets } from './UserTargets';

export type TargetsSubject = { kind: 'store'; store: Store } | { kind: 'client'; client: Client };

function subjectName(subject: TargetsSubject): string {
  return subject.kind === 'store' ? subject.store.displayName : subject.client.name;
}

interface TargetsDrawerProps {
  opened: boolean;
  subject: TargetsSubject | null;
  onClose: () => void;
}

/** Targets & thresholds of one store (overrides) or one client (contract targets). */
export function TargetsDrawer({ opened, subject, onClose }: TargetsDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={760}
      title={subject ? t('targets.drawerTitle', { name: subjectName(subject) }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
      data-testid="targets-drawer"
    >
      {subject && (
        <TargetsPanel key={subject.kind === 'store' ? `store-${subject.store.id}` : `client-${subject.client.id}`} subject={subject} />
      )}
    </Drawer>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm">
      <Title order={5}>{title}</Title>
      {children}
    </Stack>
  );
}

function TargetsPanel({ subject }: { subject: TargetsSubject }) {
  const { t } = useTranslation();
  const store = subject.kind === 'store' ? subject.store : null;
  const scope: TargetScope = subject.kind === 'store' ? { storeId: subject.store.id } : { clientId: subject.client.id };
  // Shares its cache entry with AppliedThresholds: one request for both.
  const matrix = useAppliedThresholds(store?.id);
  const metrics = useMemo(() => thresholdMetrics(store ?? undefined), [store]);
  const cells = matrix.data;
  const currentThreshold = useCallback(
    (metricKey: string): CurrentThreshold | null => {
      const cell = cells?.find((candidate) => candidate.metricKey === metricKey);
      if (cell && cell.breach !== null) return { watch: cell.watch, breach: cell.breach };
      return defaultThreshold(metricKey, store?.marketplace, localToday());
    },
    [cells, store?.marketplace],
  );

  return (
    <Stack gap="xl" pb="xl">
      <Text size="sm" c="dimmed">
        {t(store ? 'targets.storeIntro' : 'targets.clientIntro')}
      </Text>
      {store && (
        <Section title={t('targets.applied.title')}>
          <AppliedThresholds storeId={store.id} />
        </Section>
      )}
      <Section title={t(store ? 'targets.own.storeTitle' : 'targets.own.clientTitle')}>
        <UserTargets scope={scope} />
      </Section>
      <Divider />
      <Section title={t(store ? 'targets.form.storeTitle' : 'targets.form.clientTitle')}>
        <Paper withBorder radius="md" p="md">
          <TargetForm scope={scope} metrics={metrics} currentThreshold={currentThreshold} />
        </Paper>
      </Section>
    </Stack>
  );
}
