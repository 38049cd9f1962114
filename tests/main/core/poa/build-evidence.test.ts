import { describe, expect, it } from 'vitest';
import { buildEvidence, pickEvidenceSnapshot, type EvidenceSnapshot } from '../../../../src/main/core/poa/evidence/build-evidence';
import { evidenceMetrics } from '../../../../src/main/core/poa/evidence/evidence-metrics';

function snapshot(overrides: Partial<EvidenceSnapshot>): EvidenceSnapshot {
  return {
    metricKey: 'amazon.odr_mfn',
    value: 0.0156,
    numerator: 14,
    denominator: 900,
    windowFrom: '2026-09-01',
    windowTo: '2026-10-30',
    platformTarget: 0.01,
    platformTargetCondition: 'LESS_THAN',
    platformStatus: 'BAD',
    batchId: 1,
    source: 'file',
    sourceName: 'seller-performance.json',
    format: 'amazon_seller_performance',
    importedAt: '2026-11-01T08:00:00.000Z',
    ...overrides,
  };
}

describe('choosing the snapshot around the notice date', () => {
  it('takes the window ending on the notice day, or the closest before it, over any later one', () => {
    const rows = [snapshot({ windowTo: '2026-11-10' }), snapshot({ windowTo: '2026-11-03' }), snapshot({ windowTo: '2026-11-05' })];
    expect(pickEvidenceSnapshot(rows, '2026-11-06', 60)?.windowTo).toBe('2026-11-05');
    expect(pickEvidenceSnapshot(rows, '2026-11-10', 60)?.windowTo).toBe('2026-11-10');
  });

  it('falls back to the first window after the notice when the report came later', () => {
    const rows = [snapshot({ windowTo: '2026-11-12' }), snapshot({ windowTo: '2026-11-09' })];
    expect(pickEvidenceSnapshot(rows, '2026-11-01', 60)?.windowTo).toBe('2026-11-09');
  });

  it("prefers the metric's usual window between windows ending the same day, then the latest import", () => {
    const ten = snapshot({ metricKey: 'amazon.late_shipment_rate', windowFrom: '2026-10-21', windowTo: '2026-10-30', batchId: 5 });
    const thirty = snapshot({ metricKey: 'amazon.late_shipment_rate', windowFrom: '2026-10-01', windowTo: '2026-10-30', batchId: 4 });
    const reimported = { ...thirty, batchId: 6 };
    expect(pickEvidenceSnapshot([ten, thirty], '2026-10-30', 30)).toBe(thirty);
    expect(pickEvidenceSnapshot([ten, thirty, reimported], '2026-10-30', 30)).toBe(reimported);
  });

  it('answers null without snapshots', () => {
    expect(pickEvidenceSnapshot([], '2026-10-30', 60)).toBeNull();
  });
});

describe('an evidence table', () => {
  const [odr] = evidenceMetrics('odr', 'amazon');

  it('gives ODR as orders, orders with a defect, each kind of defect, the rate and the target, with its source', () => {
    const components = new Map([
      ['amazon.odr_mfn.negative_feedback', snapshot({ metricKey: 'amazon.odr_mfn.negative_feedback', value: 9 })],
      ['amazon.odr_mfn.claims', snapshot({ metricKey: 'amazon.odr_mfn.claims', value: 5 })],
      ['amazon.odr_mfn.chargebacks', snapshot({ metricKey: 'amazon.odr_mfn.chargebacks', value: 0 })],
    ]);
    expect(buildEvidence(odr!, snapshot({}), components, null)).toEqual({
      metricKey: 'amazon.odr_mfn',
      windowFrom: '2026-09-01',
      windowTo: '2026-10-30',
      figures: [
        { figure: 'orders', value: 900, unit: 'count', condition: null },
        { figure: 'orders_with_defects', value: 14, unit: 'count', condition: null },
        { figure: 'negative_feedback', value: 9, unit: 'count', condition: null },
        { figure: 'a_to_z_claims', value: 5, unit: 'count', condition: null },
        { figure: 'chargebacks', value: 0, unit: 'count', condition: null },
        { figure: 'rate', value: 0.0156, unit: 'ratio', condition: null },
        { figure: 'target', value: 0.01, unit: 'ratio', condition: 'LESS_THAN' },
      ],
      platformStatus: 'BAD',
      source: { kind: 'file', name: 'seller-performance.json', format: 'amazon_seller_performance', importedAt: '2026-11-01T08:00:00.000Z', batchId: 1 },
    });
  });

  it('leaves out counts the platform did not report and uses the catalog target when the report has none', () => {
    const bare = snapshot({ numerator: null, denominator: null, platformTarget: null, platformTargetCondition: null, platformStatus: null });
    const evidence = buildEvidence(odr!, bare, new Map(), { value: 0.01, condition: 'LESS_THAN' });
    expect(evidence.figures).toEqual([
      { figure: 'rate', value: 0.0156, unit: 'ratio', condition: null },
      { figure: 'target', value: 0.01, unit: 'ratio', condition: 'LESS_THAN' },
    ]);
    expect(buildEvidence(odr!, bare, new Map(), null).figures.map((f) => f.figure)).toEqual(['rate']);
  });

  it('gives a policy metric as a count of complaints', () => {
    const [ip] = evidenceMetrics('ip_complaint', 'amazon');
    const evidence = buildEvidence(ip!, snapshot({ metricKey: 'amazon.policy.ip_complaints', value: 2, numerator: null, denominator: null, platformTarget: 0, platformTargetCondition: 'EQUAL_TO' }), new Map(), null);
    expect(evidence.figures).toEqual([
      { figure: 'defects', value: 2, unit: 'count', condition: null },
      { figure: 'target', value: 0, unit: 'count', condition: 'EQUAL_TO' },
    ]);
  });
});

describe('which metrics speak to a case', () => {
  it('uses the platform of the store: Amazon for ODR, TikTok Shop keys for a TikTok late dispatch, none for a related account', () => {
    expect(evidenceMetrics('odr', 'amazon').map((m) => m.key)).toEqual(['amazon.odr_mfn', 'amazon.odr_afn']);
    expect(evidenceMetrics('late_shipment', 'tiktok_shop').map((m) => m.key)).toEqual(['tiktok.late_dispatch_rate']);
    expect(evidenceMetrics('odr', 'tiktok_shop')).toEqual([]);
    expect(evidenceMetrics('related_account', 'amazon')).toEqual([]);
  });
});
