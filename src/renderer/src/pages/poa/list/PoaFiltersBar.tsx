import { Button, Group, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { POA_CASE_TYPES, POA_STATUSES, type PoaCaseType, type PoaStatus } from '@shared/domain/poa';
import { useStores } from '../../../hooks/use-stores';
import { narrowsPoaList, type PoaListFilters } from './poa-list-filters';

export function PoaFiltersBar({ filters, onChange }: { filters: PoaListFilters; onChange: (filters: PoaListFilters) => void }) {
  const { t } = useTranslation();
  const stores = useStores();
  const set = (patch: Partial<PoaListFilters>) => onChange({ ...filters, ...patch });
  const common = { clearable: true, nothingFoundMessage: t('common.nothingFound') } as const;
  const clearLabel = (filter: string) => ({ 'aria-label': t('poa.filters.clearNamed', { filter }) });
  return (
    <Group gap="sm" mb="md" align="flex-end" data-testid="poa-filters">
      <Select<number>
        {...common}
        searchable
        w={220}
        aria-label={t('poa.filters.store')}
        placeholder={t('poa.filters.allStores')}
        data={(stores.data ?? []).map((store) => ({ value: store.id, label: store.displayName }))}
        value={filters.storeId ?? null}
        onChange={(storeId) => set({ storeId: storeId ?? undefined })}
        clearButtonProps={clearLabel(t('poa.filters.store'))}
        data-testid="poa-filter-store"
      />
      <Select<PoaStatus>
        {...common}
        w={220}
        aria-label={t('poa.filters.status')}
        placeholder={t('poa.filters.allStatuses')}
        data={POA_STATUSES.map((status) => ({ value: status, label: t(`poa.statuses.${status}`) }))}
        value={filters.status ?? null}
        onChange={(status) => set({ status: status ?? undefined })}
        clearButtonProps={clearLabel(t('poa.filters.status'))}
        data-testid="poa-filter-status"
      />
      <Select<PoaCaseType>
        {...common}
        searchable
        w={260}
        aria-label={t('poa.filters.caseType')}
        placeholder={t('poa.filters.allCaseTypes')}
        data={POA_CASE_TYPES.map((caseType) => ({ value: caseType, label: t(`poa.caseTypes.${caseType}`) }))}
        value={filters.caseType ?? null}
        onChange={(caseType) => set({ caseType: caseType ?? undefined })}
        clearButtonProps={clearLabel(t('poa.filters.caseType'))}
        maxDropdownHeight={320}
        data-testid="poa-filter-type"
      />
      {narrowsPoaList(filters) && (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={() => onChange({})} data-testid="poa-filters-clear">
          {t('poa.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
