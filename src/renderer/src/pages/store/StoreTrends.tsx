import { Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '@shared/api/annotation-schemas';
import type { MetricGroup } from '@shared/metrics/metric-definition';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { FunnelPanel } from './FunnelPanel';
import { hasGroupData, pickGroup, type StoreMetricGroup } from './group-store-metrics';
import { MetricChartGrid } from './MetricChartGrid';
import { RangePicker } from './RangePicker';
import type { StorePageState } from './use-store-page-query';

interface StoreTrendsProps {
  storeId: number;
  groups: readonly StoreMetricGroup[];
  page: StorePageState;
  annotations: readonly Annotation[];
  onPickDate: (day: string) => void;
  onShowSnapshots: (metricKey: string) => void;
}

/** The range picker, the funnel of an interest-commerce store, and one tab of charts per metric group. */
export function StoreTrends({ storeId, groups, page, annotations, onPickDate, onShowSnapshots }: StoreTrendsProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const { query, dates, today, update } = page;
  const active = pickGroup(groups, query.group);
  const hasFunnel = groups.some((entry) => entry.group === 'funnel' && entry.withData.length > 0);

  return (
    <Stack gap="md" component="section" aria-labelledby="store-trends-title">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={3} id="store-trends-title">
            {t('store.trends.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('store.trends.description')}
          </Text>
        </div>
        <RangePicker range={query.range} dates={dates} today={today} onChange={(range) => update({ range })} />
      </Group>
      {hasFunnel && <FunnelPanel storeId={storeId} dates={dates} />}
      {active && (
        <Tabs value={active.group} onChange={(group) => group && update({ group: group as MetricGroup })} keepMounted={false}>
          <Tabs.List aria-label={t('store.trends.groupsLabel')} mb="md">
            {groups.map((entry) => (
              <Tabs.Tab
                key={entry.group}
                value={entry.group}
                rightSection={
                  <Badge size="xs" variant="light" color={hasGroupData(entry) ? undefined : 'gray'}>
                    {(entry.withData.length + entry.verdicts.length).toLocaleString(language)}
                  </Badge>
                }
                data-testid={`group-tab-${entry.group}`}
              >
                {t(`metricGroups.${entry.group}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {groups.map((entry) => (
            <Tabs.Panel key={entry.group} value={entry.group}>
              <MetricChartGrid
                storeId={storeId}
                group={entry}
                dates={dates}
                annotations={annotations}
                focusMetric={query.metric}
                focusDate={query.date}
                onPickDate={onPickDate}
                onShowSnapshots={onShowSnapshots}
              />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
