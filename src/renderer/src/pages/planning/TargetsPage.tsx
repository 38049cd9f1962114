import { Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { usePlanningTargets } from '../../hooks/use-planning';
import { useStores } from '../../hooks/use-stores';
import { localToday } from '../../i18n/format-values';
import { periodOptions } from './planning-format';
import { PlanningTargetsTable } from './PlanningTargetsTable';
import { TargetReviewPanel } from './TargetReviewPanel';

/** Targets across stores, or of one store (?store=), for a month or quarter (?period=). */
export function TargetsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const storeParam = Number(params.get('store'));
  const storeId = Number.isInteger(storeParam) && storeParam > 0 ? storeParam : undefined;
  const period = params.get('period') ?? undefined;
  const stores = useStores();
  const targets = usePlanningTargets({ storeId, period });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <Stack gap="md">
      <PageHeader title={t('nav.targets')} description={t('planning.targets.description')} />
      <TargetReviewPanel />
      <Group align="flex-end">
        <Select
          label={t('planning.targets.store')}
          placeholder={t('planning.targets.allStores')}
          data={(stores.data ?? []).map((s) => ({ value: String(s.id), label: s.displayName }))}
          value={storeId ? String(storeId) : null}
          onChange={(value) => set('store', value)}
          searchable
          clearable
          w={280}
          data-testid="targets-store-filter"
        />
        <Select
          label={t('planning.targets.period')}
          placeholder={t('planning.targets.allPeriods')}
          data={periodOptions(localToday())}
          value={period ?? null}
          onChange={(value) => set('period', value)}
          clearable
          w={180}
          data-testid="targets-period-filter"
        />
      </Group>
      {targets.isPending ? (
        <CenteredLoader />
      ) : targets.error ? (
        <ErrorState error={targets.error} onRetry={() => void targets.refetch()} />
      ) : targets.data.length === 0 ? (
        <Text c="dimmed" data-testid="targets-empty">
          {t('planning.targets.empty')}
        </Text>
      ) : (
        <PlanningTargetsTable targets={targets.data} testId="planning-targets-table" removable />
      )}
    </Stack>
  );
}
