import { Stack, Title } from '@mantine/core';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Store } from '@shared/api/store-schemas';
import { ErrorState } from '../../components/ErrorState';
import { useAnnotations } from '../../hooks/use-annotations';
import { useAppliedThresholds } from '../../hooks/use-thresholds';
import { ImportHistory } from '../imports/ImportHistory';
import { StoreSyncPanel } from '../settings/connections/StoreSyncPanel';
import { AnnotationsPanel } from './AnnotationsPanel';
import { groupStoreMetrics, pickGroup } from './group-store-metrics';
import { SnapshotPanel } from './SnapshotPanel';
import { StoreAlertsPanel } from './StoreAlertsPanel';
import { StoreHeader } from './StoreHeader';
import { StoreNoData } from './StoreNoData';
import { StoreRecoverySection } from './StoreRecoverySection';
import { ChartGridSkeleton } from './StorePageSkeleton';
import { StoreTrends } from './StoreTrends';
import { useAnnotationDraft } from './use-annotation-draft';
import { WhenVisible } from './WhenVisible';
import { useStorePageQuery } from './use-store-page-query';

/** The page of a store that exists: header, alerts, trends, annotations, snapshots, imports. */
export function StoreView({ store }: { store: Store }) {
  const { t } = useTranslation();
  const page = useStorePageQuery();
  const { query, dates, today, update } = page;
  const applied = useAppliedThresholds(store.id);
  const annotations = useAnnotations(store.id);
  const draft = useAnnotationDraft(today);
  const snapshotSection = useRef<HTMLDivElement>(null);

  // Another store opens at its top, not at the scroll position of the page it came from. A layout
  // effect runs before the charts' effects, so a chart focused by ?metric= still scrolls into view.
  useLayoutEffect(() => {
    window.scrollTo({ top: 0 });
  }, [store.id]);

  const groups = useMemo(() => groupStoreMetrics(applied.data ?? []), [applied.data]);
  const metricsWithData = useMemo(() => groups.flatMap((entry) => [...entry.withData, ...entry.verdicts.map((verdict) => verdict.metric)]), [groups]);
  const snapshotMetric =
    metricsWithData.find((metric) => metric.key === query.metric)?.key ?? pickGroup(groups, query.group)?.withData[0]?.key ?? metricsWithData[0]?.key;

  const showSnapshots = (metricKey: string) => {
    update({ metric: metricKey });
    snapshotSection.current?.scrollIntoView({ block: 'start' });
  };

  let trends;
  if (applied.isPending) trends = <ChartGridSkeleton />;
  else if (applied.error) trends = <ErrorState error={applied.error} onRetry={() => void applied.refetch()} />;
  else if (metricsWithData.length === 0) trends = <StoreNoData storeName={store.displayName} />;
  else {
    trends = (
      <StoreTrends
        storeId={store.id}
        groups={groups}
        page={page}
        annotations={annotations.data ?? []}
        onPickDate={draft.prefill}
        onShowSnapshots={showSnapshots}
      />
    );
  }

  return (
    <Stack gap="xl" data-testid="store-page" data-store-id={store.id}>
      <StoreHeader store={store} />
      <StoreAlertsPanel storeId={store.id} />
      <StoreRecoverySection storeId={store.id} />
      {trends}
      <AnnotationsPanel storeId={store.id} draft={draft} today={today} />
      {snapshotMetric && (
        <WhenVisible anchor={snapshotSection} minHeight={480} testId="snapshot-section">
          <SnapshotPanel
            storeId={store.id}
            metrics={metricsWithData}
            metricKey={snapshotMetric}
            dates={dates}
            onMetricChange={(metricKey) => update({ metric: metricKey })}
          />
        </WhenVisible>
      )}
      <Stack gap="sm" component="section" aria-labelledby="store-imports-title">
        <Title order={4} id="store-imports-title">
          {t('store.imports.title')}
        </Title>
        <StoreSyncPanel storeId={store.id} />
        <WhenVisible minHeight={160}>
          <ImportHistory storeId={store.id} />
        </WhenVisible>
      </Stack>
    </Stack>
  );
}
