import type { Backend } from '../../src/main/api/open-backend';
import type { PoaContent } from '../../src/shared/api/poa-content-schemas';

/** A complete, clean plan for ASIN B0TESTASIN: one root cause, answered and dated. */
export function completePoaContent(overrides: Partial<PoaContent> = {}): PoaContent {
  return {
    rootCauses: [{ id: 'rc-1', text: 'Orders of B0TESTASIN shipped with a carrier without tracking between 1 and 20 October.' }],
    correctiveActions: [{ id: 'ca-1', rootCauseId: 'rc-1', text: 'Moved all orders of B0TESTASIN to a tracked service.', date: '2026-11-02' }],
    preventiveMeasures: [
      { id: 'pm-1', rootCauseId: 'rc-1', text: 'The shipping software offers only tracked services.', owner: 'Logistics lead', frequency: 'weekly' },
    ],
    additionalInformation: '',
    evidence: [],
    ...overrides,
  };
}

export const EMPTY_CONTENT: PoaContent = { rootCauses: [], correctiveActions: [], preventiveMeasures: [], additionalInformation: '', evidence: [] };

/** A client with an Amazon US and an Amazon JP store sharing a seller id, as Amazon unified accounts do. */
export function seedAmazonStores({ api }: Backend): { usStore: number; jpStore: number } {
  const client = api.call('clients.create', { name: 'Lumora', language: 'zh-CN', reportingCurrency: 'CNY' });
  const base = { clientId: client.id, platform: 'amazon', sellerId: 'A1LUMORA', stage: 'mature', status: 'suspended' } as const;
  return {
    usStore: api.call('stores.create', { ...base, displayName: 'Lumora US', marketplace: 'US' }).id,
    jpStore: api.call('stores.create', { ...base, displayName: 'Lumora JP', marketplace: 'JP' }).id,
  };
}
