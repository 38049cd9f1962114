import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { seedAmazonStores } from '../../../helpers/poa-content';
import { dailySeries, seedSnapshots } from '../../../helpers/seed-snapshots';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

const FIXTURE = join(__dirname, '../../../fixtures/imports/seller-performance-us-jp.json');

let backend: TestBackend;
let usStore: number;
let jpStore: number;
beforeEach(() => {
  backend = openTestBackend();
  ({ usStore, jpStore } = seedAmazonStores(backend));
});
afterEach(() => backend.dispose());

function openCase(storeId: number, caseType: 'odr' | 'valid_tracking' | 'late_shipment' | 'related_account' | 'ip_complaint', noticeDate: string): number {
  return backend.api.call('poa.create', { storeId, caseType, language: 'en-US', noticeDate }).case.id;
}

describe('evidence from the store’s own numbers', () => {
  it('gives ODR from an imported account health report: orders, defects by kind, rate, target, window and the file it came from', async () => {
    await backend.api.call('imports.run', { fileName: 'seller-performance.json', contentBase64: readFileSync(FIXTURE).toString('base64'), storeId: jpStore });
    const evidence = backend.api.call('poa.evidence', { caseId: openCase(jpStore, 'odr', '2026-11-02') });
    expect(evidence).toMatchObject({ noticeDate: '2026-11-02', applicable: true, searchedFrom: '2026-10-03', searchedTo: '2026-11-09' });
    const [mfn] = evidence.items;
    expect(mfn).toMatchObject({ metricKey: 'amazon.odr_mfn', windowFrom: '2026-09-01', windowTo: '2026-10-30', platformStatus: 'BAD' });
    expect(Object.fromEntries(mfn!.figures.map((f) => [f.figure, f.value]))).toEqual({
      orders: 900,
      orders_with_defects: 14,
      negative_feedback: 9,
      a_to_z_claims: 5,
      chargebacks: 0,
      rate: 0.0156,
      target: 0.01,
    });
    expect(mfn!.source).toMatchObject({ kind: 'file', name: 'seller-performance.json', format: 'amazon_seller_performance' });
    // The JP marketplace of this report has no FBA orders: said, not hidden.
    expect(evidence.missing).toEqual([{ metricKey: 'amazon.odr_afn' }]);
  });

  it('says clearly when there is no data around the notice date', () => {
    seedSnapshots(backend, usStore, [{ metricKey: 'amazon.valid_tracking_rate', windowTo: '2026-06-30', value: 0.9 }]);
    const evidence = backend.api.call('poa.evidence', { caseId: openCase(usStore, 'valid_tracking', '2026-11-02') });
    expect(evidence).toMatchObject({ applicable: true, items: [], missing: [{ metricKey: 'amazon.valid_tracking_rate' }] });
  });

  it('takes the day closest before the notice and, where the import carried no target, the catalog’s', () => {
    seedSnapshots(backend, usStore, dailySeries('amazon.late_shipment_rate', '2026-11-08', [0.031, 0.045, 0.052, 0.047]));
    const evidence = backend.api.call('poa.evidence', { caseId: openCase(usStore, 'late_shipment', '2026-11-07') });
    expect(evidence.items).toHaveLength(1);
    expect(evidence.items[0]).toMatchObject({ windowTo: '2026-11-07', source: { kind: 'manual', name: 'test seed' } });
    expect(evidence.items[0]!.figures).toEqual([
      { figure: 'rate', value: 0.052, unit: 'ratio', condition: null },
      { figure: 'target', value: 0.04, unit: 'ratio', condition: 'LESS_THAN' },
    ]);
  });

  it('is not applicable to case types no metric speaks to', () => {
    expect(backend.api.call('poa.evidence', { caseId: openCase(usStore, 'related_account', '2026-11-02') })).toMatchObject({
      applicable: false,
      items: [],
      missing: [],
    });
  });

  it('refuses an unknown case', () => {
    expect(appErrorOf(() => backend.api.call('poa.evidence', { caseId: 999 }))).toMatchObject({ code: 'not_found', message: 'POA case 999 does not exist' });
  });
});
