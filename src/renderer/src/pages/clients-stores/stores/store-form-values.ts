import type { FieldIssue } from '@shared/api/app-error';
import { storeInputSchema, type Store, type StoreInput } from '@shared/api/store-schemas';
import type { Currency } from '@shared/domain/currencies';
import { MARKETPLACES, defaultTimeZone, type Marketplace } from '@shared/domain/marketplaces';
import type { Platform, StoreStage, StoreStatus } from '@shared/domain/stores';
import { zodFieldIssues } from '@shared/api/zod-field-issues';

export interface StoreFormValues {
  clientId: number | null;
  displayName: string;
  platform: Platform | null;
  marketplace: Marketplace | null;
  sellerId: string;
  currency: Currency | null;
  timeZone: string;
  stage: StoreStage | null;
  category: string;
  accountManager: string;
  status: StoreStatus | null;
}

export const STORE_FORM_FIELDS = [
  'clientId',
  'displayName',
  'platform',
  'marketplace',
  'sellerId',
  'currency',
  'timeZone',
  'stage',
  'category',
  'accountManager',
  'status',
] as const satisfies readonly (keyof StoreFormValues)[];

export function emptyStoreForm(clientId: number | null): StoreFormValues {
  return {
    clientId,
    displayName: '',
    platform: 'amazon',
    marketplace: 'US',
    sellerId: '',
    currency: MARKETPLACES.US.currency,
    timeZone: defaultTimeZone('US'),
    stage: 'cold_start',
    category: '',
    accountManager: '',
    status: 'active',
  };
}

export function storeFormFrom(store: Store): StoreFormValues {
  return {
    clientId: store.clientId,
    displayName: store.displayName,
    platform: store.platform,
    marketplace: store.marketplace,
    sellerId: store.sellerId,
    currency: store.currency,
    timeZone: store.timeZone,
    stage: store.stage,
    category: store.category ?? '',
    accountManager: store.accountManager ?? '',
    status: store.status,
  };
}

/**
 * A new marketplace brings its own currency and business-day zone, unless the user had
 * already chosen something other than the previous marketplace's defaults.
 */
export function withMarketplace(values: StoreFormValues, marketplace: Marketplace | null): StoreFormValues {
  const previous = values.marketplace;
  const next = { ...values, marketplace };
  if (!marketplace) return next;
  const currencyUntouched = !values.currency || (previous !== null && values.currency === MARKETPLACES[previous].currency);
  const zoneUntouched = !values.timeZone.trim() || (previous !== null && values.timeZone === defaultTimeZone(previous));
  if (currencyUntouched) next.currency = MARKETPLACES[marketplace].currency;
  if (zoneUntouched) next.timeZone = defaultTimeZone(marketplace);
  return next;
}

/** Checks the form with the contract's own schema before anything is sent. */
export function parseStoreForm(values: StoreFormValues): { ok: true; input: StoreInput } | { ok: false; issues: FieldIssue[] } {
  const raw: Record<string, unknown> = { ...values };
  for (const [field, value] of Object.entries(raw)) if (value === null) raw[field] = undefined;
  if (values.timeZone.trim() === '') raw.timeZone = undefined;
  const parsed = storeInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, issues: zodFieldIssues(parsed.error, { ...values }) };
}
