import { Button, Group, SegmentedControl, Select, Switch } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ALERT_KINDS, ALERT_LIST_STATUSES, ALERT_SEVERITIES, type AlertKind, type AlertSeverity } from '@shared/api/alert-schemas';
import { METRIC_CATALOG } from '@shared/metrics/metric-catalog';
import { useClients } from '../../hooks/use-clients';
import { useStores } from '../../hooks/use-stores';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { metricOptions } from '../../metrics/metric-options';
import { DEFAULT_ALERT_FILTERS, narrowsList, snoozeFilterApplies, type AlertFilters, type AlertStatusFilter } from './alert-filters';

/** A Select value for "nobody": the API's "" cannot be a Select value. */
const UNASSIGNED = '__unassigned__';

interface AlertFiltersBarProps {
  filters: AlertFilters;
  onChange: (filters: AlertFilters) => void;
  assignees: readonly string[];
}

export function AlertFiltersBar({ filters, onChange, assignees }: AlertFiltersBarProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const clients = useClients();
  const stores = useStores({ clientId: filters.clientId });
  const metrics = useMemo(() => metricOptions(METRIC_CATALOG, language, (group) => t(`metricGroups.${group}`)), [language, t]);
  const set = (patch: Partial<AlertFilters>) => onChange({ ...filters, ...patch });
  const common = { clearable: true, searchable: true, nothingFoundMessage: t('common.nothingFound'), w: 200 } as const;
  const clearLabel = (filter: string) => ({ 'aria-label': t('alerts.filters.clearNamed', { filter }) });

  const assigneeOptions = [
    { value: UNASSIGNED, label: t('alerts.unassigned') },
    ...[...new Set([...assignees, ...(filters.assignee ? [filters.assignee] : [])])].map((name) => ({ value: name, label: name })),
  ];

  return (
    <Group gap="sm" mb="md" align="flex-end" data-testid="alert-filters">
      <SegmentedControl<AlertStatusFilter>
        aria-label={t('alerts.filters.status')}
        value={filters.status}
        onChange={(status) => set({ status })}
        data={ALERT_LIST_STATUSES.map((status) => ({ value: status, label: t(`alerts.filters.statuses.${status}`) }))}
        data-testid="alert-filter-status"
      />
      <Select<number>
        {...common}
        aria-label={t('alerts.filters.client')}
        placeholder={t('alerts.filters.allClients')}
        data={(clients.data ?? []).map((client) => ({ value: client.id, label: client.name }))}
        value={filters.clientId ?? null}
        // A store of another client would leave the list empty for no visible reason.
        onChange={(clientId) => set({ clientId: clientId ?? undefined, storeId: undefined })}
        clearButtonProps={clearLabel(t('alerts.filters.client'))}
        data-testid="alert-filter-client"
      />
      <Select<number>
        {...common}
        aria-label={t('alerts.filters.store')}
        placeholder={t('alerts.filters.allStores')}
        data={(stores.data ?? []).map((store) => ({ value: store.id, label: store.displayName }))}
        value={filters.storeId ?? null}
        onChange={(storeId) => set({ storeId: storeId ?? undefined })}
        clearButtonProps={clearLabel(t('alerts.filters.store'))}
        data-testid="alert-filter-store"
      />
      <Select
        {...common}
        w={240}
        aria-label={t('alerts.filters.metric')}
        placeholder={t('alerts.filters.allMetrics')}
        data={metrics}
        value={filters.metricKey ?? null}
        onChange={(metricKey) => set({ metricKey: metricKey ?? undefined })}
        clearButtonProps={clearLabel(t('alerts.filters.metric'))}
        maxDropdownHeight={320}
        data-testid="alert-filter-metric"
      />
      <Select<AlertKind>
        {...common}
        w={170}
        searchable={false}
        aria-label={t('alerts.filters.kind')}
        placeholder={t('alerts.filters.allKinds')}
        data={ALERT_KINDS.map((kind) => ({ value: kind, label: t(`alerts.kinds.${kind}`) }))}
        value={filters.kind ?? null}
        onChange={(kind) => set({ kind: kind ?? undefined })}
        clearButtonProps={clearLabel(t('alerts.filters.kind'))}
        data-testid="alert-filter-kind"
      />
      <Select<AlertSeverity>
        {...common}
        w={150}
        searchable={false}
        aria-label={t('alerts.filters.severity')}
        placeholder={t('alerts.filters.allSeverities')}
        data={ALERT_SEVERITIES.map((severity) => ({ value: severity, label: t(`alertSeverities.${severity}`) }))}
        value={filters.severity ?? null}
        onChange={(severity) => set({ severity: severity ?? undefined })}
        clearButtonProps={clearLabel(t('alerts.filters.severity'))}
        data-testid="alert-filter-severity"
      />
      <Select
        {...common}
        w={170}
        aria-label={t('alerts.filters.assignee')}
        placeholder={t('alerts.filters.anyone')}
        data={assigneeOptions}
        value={filters.assignee === undefined ? null : filters.assignee || UNASSIGNED}
        onChange={(value) => set({ assignee: value === null ? undefined : value === UNASSIGNED ? '' : value })}
        clearButtonProps={clearLabel(t('alerts.filters.assignee'))}
        data-testid="alert-filter-assignee"
      />
      <Switch
        label={t('alerts.filters.showSnoozed')}
        checked={filters.showSnoozed}
        disabled={!snoozeFilterApplies(filters.status)}
        onChange={(event) => set({ showSnoozed: event.currentTarget.checked })}
        mb={8}
        data-testid="alert-filter-snoozed"
      />
      {(narrowsList(filters) || filters.status !== DEFAULT_ALERT_FILTERS.status || filters.showSnoozed) && (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={() => onChange(DEFAULT_ALERT_FILTERS)} data-testid="alert-filters-clear">
          {t('alerts.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
