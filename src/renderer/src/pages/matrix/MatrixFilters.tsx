import { Button, Chip, Group, Select, Stack, Switch, Text, type ComboboxItem } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { METRIC_STATUSES, type MatrixRow, type MetricStatus } from '@shared/api/kpi-schemas';
import type { Marketplace } from '@shared/domain/marketplaces';
import { PLATFORMS, STORE_STAGES, type Platform, type StoreStage } from '@shared/domain/stores';
import { METRIC_STATUS_LOOK } from '../../components/MetricStatusBadge';
import { useDisplayNames } from '../../i18n/use-display-names';
import { useUiLanguage } from '../../i18n/use-ui-language';
import type { MatrixFilters as Filters } from './matrix-view-state';

interface MatrixFiltersProps {
  /** Every store of the matrix: the client, marketplace and manager options come from them. */
  rows: readonly MatrixRow[];
  filters: Filters;
  onChange: (filters: Filters) => void;
  statusCounts: Record<MetricStatus, number>;
  /** Stores shown; null while the matrix loads (no count beats a wrong one). */
  shown: number | null;
  canClear: boolean;
  onClear: () => void;
  groupByClient: boolean;
  onGroupByClientChange: (group: boolean) => void;
}

function distinct<T, K>(items: readonly T[], key: (item: T) => K | null): K[] {
  return [...new Set(items.map(key).filter((value): value is K => value !== null))];
}

interface FilterSelectProps {
  label: string;
  data: ComboboxItem[] | string[];
  value: string | null;
  onChange: (value: string | null) => void;
  searchable?: boolean;
  testId: string;
}

/** A clearable filter; its placeholder is its name, so an empty filter reads as "any". */
function FilterSelect({ label, data, value, onChange, searchable, testId }: FilterSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={label}
      placeholder={label}
      data={data}
      value={value}
      onChange={onChange}
      searchable={searchable}
      clearable
      clearButtonProps={{ 'aria-label': t('matrix.filters.clearFilter', { filter: label }) }}
      nothingFoundMessage={t('common.nothingFound')}
      w={172}
      comboboxProps={{ width: 260, position: 'bottom-start' }}
      data-testid={testId}
    />
  );
}

/** Filters for client, platform, marketplace, account manager, stage and worst status (chips with counts); grouping. */
export function MatrixFilters(props: MatrixFiltersProps) {
  const { rows, filters, onChange, statusCounts } = props;
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const names = useDisplayNames();
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });

  const options = useMemo(() => {
    const collator = new Intl.Collator(language);
    const clients = new Map(rows.map((row) => [row.clientId, row.clientName]));
    return {
      clients: [...clients].map(([id, name]) => ({ value: String(id), label: name })).sort((a, b) => collator.compare(a.label, b.label)),
      marketplaces: distinct(rows, (row) => row.marketplace)
        .map((code) => ({ value: code, label: `${names.country(code)} (${code})` }))
        .sort((a, b) => collator.compare(a.label, b.label)),
      managers: distinct(rows, (row) => row.accountManager).sort(collator.compare),
    };
  }, [rows, language, names]);

  return (
    <Stack gap="sm" data-testid="matrix-filters">
      <Group gap="sm">
        <FilterSelect
          label={t('matrix.filters.client')}
          data={options.clients}
          value={filters.clientId === null ? null : String(filters.clientId)}
          onChange={(value) => set('clientId', value === null ? null : Number(value))}
          searchable
          testId="matrix-filter-client"
        />
        <FilterSelect
          label={t('matrix.filters.platform')}
          data={PLATFORMS.map((platform) => ({ value: platform, label: t(`platforms.${platform}`) }))}
          value={filters.platform}
          onChange={(value) => set('platform', value as Platform | null)}
          testId="matrix-filter-platform"
        />
        <FilterSelect
          label={t('matrix.filters.marketplace')}
          data={options.marketplaces}
          value={filters.marketplace}
          onChange={(value) => set('marketplace', value as Marketplace | null)}
          searchable
          testId="matrix-filter-marketplace"
        />
        <FilterSelect
          label={t('matrix.filters.manager')}
          data={options.managers}
          value={filters.accountManager}
          onChange={(value) => set('accountManager', value)}
          searchable
          testId="matrix-filter-manager"
        />
        <FilterSelect
          label={t('matrix.filters.stage')}
          data={STORE_STAGES.map((stage) => ({ value: stage, label: t(`stages.${stage}`) }))}
          value={filters.stage}
          onChange={(value) => set('stage', value as StoreStage | null)}
          testId="matrix-filter-stage"
        />
      </Group>
      <Group gap="sm">
        <Chip.Group multiple value={filters.statuses} onChange={(value) => set('statuses', METRIC_STATUSES.filter((s) => value.includes(s)))}>
          <Group gap={6} role="group" aria-label={t('matrix.filters.status')}>
            {METRIC_STATUSES.map((status) => {
              const { color, icon: StatusIcon } = METRIC_STATUS_LOOK[status];
              return (
                <Chip key={status} value={status} size="sm" color={color} variant="light" icon={<StatusIcon size={14} />} data-testid={`matrix-filter-status-${status}`}>
                  {t('matrix.filters.statusCount', { status: t(`metricStatuses.${status}`), count: statusCounts[status] })}
                </Chip>
              );
            })}
          </Group>
        </Chip.Group>
        <Group gap="md" ml="auto" wrap="nowrap">
          <Switch
            label={t('matrix.groupByClient')}
            checked={props.groupByClient}
            onChange={(event) => props.onGroupByClientChange(event.currentTarget.checked)}
            data-testid="matrix-group-by-client"
          />
          {props.shown !== null && (
            <Text size="sm" fw={500} data-testid="matrix-count">
              {t('matrix.filters.count', { shown: props.shown, total: rows.length })}
            </Text>
          )}
          {props.canClear && (
            <Button size="compact-sm" variant="subtle" leftSection={<IconFilterOff size={14} />} onClick={props.onClear} data-testid="matrix-clear-filters">
              {t('matrix.filters.clear')}
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}
