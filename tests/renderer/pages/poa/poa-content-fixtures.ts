import type { PoaContent, PoaEvidence } from '@shared/api/poa-content-schemas';
import type { PoaTemplate } from '@shared/api/poa-schemas';

export const EMPTY: PoaContent = { rootCauses: [], correctiveActions: [], preventiveMeasures: [], additionalInformation: '', evidence: [] };

/** Two root causes, each answered; the second measure has no frequency yet. */
export function twoCauses(): PoaContent {
  return {
    rootCauses: [
      { id: 'rc-1', text: 'Orders of B0AAAAAAAA shipped with a slow carrier.' },
      { id: 'rc-2', text: 'The detail page of B0BBBBBBBB omitted the size.' },
    ],
    correctiveActions: [
      { id: 'ca-1', rootCauseId: 'rc-1', text: 'Moved to a tracked service.', date: '2026-11-02' },
      { id: 'ca-2', rootCauseId: 'rc-2', text: 'Rewrote the detail page.', date: null },
    ],
    preventiveMeasures: [
      { id: 'pm-1', rootCauseId: 'rc-1', text: 'Weekly carrier review.', owner: 'Logistics lead', frequency: 'weekly' },
      { id: 'pm-2', rootCauseId: 'rc-2', text: 'Listing check before publishing.', owner: 'Listing specialist', frequency: null },
    ],
    additionalInformation: '',
    evidence: [],
  };
}

export const TEMPLATE: PoaTemplate = {
  caseType: 'odr',
  language: 'en-US',
  textLanguage: 'en-US',
  rootCauses: [
    { key: 'carrier', text: 'Orders shipped with [carrier] arrived late.' },
    { key: 'listing', text: 'The detail page of [ASIN] was unclear.' },
  ],
  correctiveActions: [
    { key: 'carrier.corrective.1', rootCauseKey: 'carrier', text: 'Refunded the late orders on [date].' },
    { key: 'carrier.corrective.2', rootCauseKey: 'carrier', text: 'Moved to [carrier service].' },
    { key: 'listing.corrective.1', rootCauseKey: 'listing', text: 'Rewrote the detail page.' },
  ],
  preventiveMeasures: [
    { key: 'carrier.preventive.1', rootCauseKey: 'carrier', text: 'Weekly review of late deliveries.', owner: 'Logistics lead', frequency: 'weekly' },
    { key: 'listing.preventive.1', rootCauseKey: 'listing', text: 'Check every page against the spec sheet.', owner: 'Listing specialist', frequency: 'per_listing' },
  ],
};

export function evidence(metricKey: string, windowTo = '2026-10-30', rate = 0.0156): PoaEvidence {
  return {
    metricKey,
    windowFrom: '2026-09-01',
    windowTo,
    figures: [
      { figure: 'orders', value: 900, unit: 'count', condition: null },
      { figure: 'rate', value: rate, unit: 'ratio', condition: null },
      { figure: 'target', value: 0.01, unit: 'ratio', condition: 'LESS_THAN' },
    ],
    platformStatus: 'BAD',
    source: { kind: 'file', name: 'seller-performance.json', format: 'amazon_seller_performance', importedAt: '2026-11-03T08:00:00.000Z', batchId: 1 },
  };
}
