import { useMemo } from 'react';
import type { Alert } from '@shared/api/alert-schemas';
import { useStores } from '../../hooks/use-stores';

/**
 * Names an alert can be assigned to: the account managers of the stores, and whoever alerts on
 * screen are assigned to already, sorted for the language.
 */
export function useKnownAssignees(alerts: readonly Alert[] | undefined, language: string): string[] {
  const stores = useStores();
  return useMemo(() => {
    const names = new Set<string>();
    for (const store of stores.data ?? []) if (store.accountManager) names.add(store.accountManager);
    for (const alert of alerts ?? []) if (alert.assignee) names.add(alert.assignee);
    return [...names].sort(new Intl.Collator(language).compare);
  }, [stores.data, alerts, language]);
}
