import { Button, Stack, Text } from '@mantine/core';
import { IconMessageReport, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { usePoaCases } from '../../../hooks/use-poa';
import { localToday } from '../../../i18n/format-values';
import { useNow } from '../../alerts/use-now';
import { ListEmpty } from '../../clients-stores/ListState';
import { NewCaseModal } from './NewCaseModal';
import { PoaCasesTable, PoaCasesTableSkeleton } from './PoaCasesTable';
import { PoaFiltersBar } from './PoaFiltersBar';
import {
  NEW_CASE_PARAM,
  narrowsPoaList,
  parsePoaListFilters,
  poaCaseHref,
  poaListInput,
  positiveId,
  writePoaListFilters,
  type PoaListFilters,
} from './poa-list-filters';

/** Every plan of action of the workspace, newest notice first, with the form that opens a new one. */
export function PoaCasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = localToday(useNow());
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parsePoaListFilters(params), [params]);
  const cases = usePoaCases(poaListInput(filters));
  const newCaseOpened = params.has(NEW_CASE_PARAM);
  const newCaseStoreId = positiveId(params.get(NEW_CASE_PARAM)) ?? filters.storeId ?? null;

  const setFilters = (next: PoaListFilters) => setParams((current) => writePoaListFilters(next, current), { replace: true });
  const setNewCase = (open: boolean) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (open) next.set(NEW_CASE_PARAM, '');
      else next.delete(NEW_CASE_PARAM);
      return next;
    });
  const list = cases.data ?? [];

  return (
    <>
      <PageHeader
        title={t('nav.poa')}
        description={t('poa.list.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setNewCase(true)} style={{ flexShrink: 0 }} data-testid="poa-new-case">
            {t('poa.list.newCase')}
          </Button>
        }
      />
      <PoaFiltersBar filters={filters} onChange={setFilters} />
      {cases.isPending && <PoaCasesTableSkeleton />}
      {cases.error && <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />}
      {cases.isSuccess && list.length === 0 && (
        <ListEmpty
          icon={IconMessageReport}
          filtered={narrowsPoaList(filters)}
          title={t('poa.list.emptyTitle')}
          description={t('poa.list.emptyDescription')}
          newLabel={t('poa.list.newCase')}
          onNew={() => setNewCase(true)}
        />
      )}
      {list.length > 0 && (
        <Stack gap="sm">
          <PoaCasesTable cases={list} today={today} />
          <Text size="sm" c="dimmed" data-testid="poa-count">
            {t('poa.list.count', { count: list.length })}
          </Text>
        </Stack>
      )}
      <NewCaseModal
        opened={newCaseOpened}
        storeId={newCaseStoreId}
        today={today}
        onClose={() => setNewCase(false)}
        onCreated={(caseId) => navigate(poaCaseHref(caseId), { replace: true })}
      />
    </>
  );
}
