import { Button, EmptyState, Paper } from '@mantine/core';
import { IconFilterOff, IconInbox, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AlertStatusFilter } from './alert-filters';

/** Nothing to list: all clear, nothing matches the filters, or nothing in this status yet. */
export function AlertsEmpty({ status, filtered, onClearFilters }: { status: AlertStatusFilter; filtered: boolean; onClearFilters: () => void }) {
  const { t } = useTranslation();
  let content;
  if (filtered) {
    content = (
      <EmptyState icon={<IconFilterOff size={28} />} title={t('alerts.empty.filteredTitle')} description={t('alerts.empty.filteredDescription')}>
        <EmptyState.Actions>
          <Button variant="light" onClick={onClearFilters} data-testid="alerts-empty-clear">
            {t('alerts.filters.clear')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  } else if (status === 'open') {
    content = (
      <EmptyState
        icon={<IconShieldCheck size={28} />}
        variant="light"
        color="teal"
        title={t('alerts.empty.openTitle')}
        description={t('alerts.empty.openDescription')}
      />
    );
  } else {
    content = (
      <EmptyState icon={<IconInbox size={28} />} variant="light" title={t(`alerts.empty.${status}Title`)} description={t('alerts.empty.otherDescription')} />
    );
  }
  return (
    <Paper withBorder radius="md" py={48} px="xl" data-testid="alerts-empty">
      {content}
    </Paper>
  );
}
