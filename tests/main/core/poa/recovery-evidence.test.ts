import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PoaEvidence } from '../../../../src/shared/api/poa-content-schemas';
import { buildPoaDocument, type PoaDocumentInput } from '../../../../src/main/core/poa/export/poa-document';
import { renderPoaText } from '../../../../src/main/core/poa/export/render-poa-text';
import { completePoaContent, seedAmazonStores } from '../../../helpers/poa-content';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let usStore: number;
beforeEach(() => {
  backend = openTestBackend();
  ({ usStore } = seedAmazonStores(backend));
});
afterEach(() => backend.dispose());

/** Daily ODR counts of Lumora US as a long-format CSV: 100 orders a day, 80 with a defect on 2026-11-09. */
async function importOdrCounts(skip: (day: string) => boolean = () => false): Promise<void> {
  const lines = ['store,metric,date,value,numerator,denominator'];
  for (let i = 0; i < 60; i++) {
    const day = new Date(Date.UTC(2026, 8, 21 + i)).toISOString().slice(0, 10);
    if (!skip(day)) lines.push(`Lumora US,amazon.odr_mfn.daily,${day},,${day === '2026-11-09' ? 80 : 0},100`);
  }
  const result = await backend.api.call('imports.run', { fileName: 'odr-daily.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64') });
  expect(result.status).toBe('imported');
}

function odrEvidence() {
  const caseId = backend.api.call('poa.create', { storeId: usStore, caseType: 'odr', language: 'en-US', noticeDate: '2026-11-19' }).case.id;
  return backend.api.call('poa.evidence', { caseId });
}

const recoveryOf = (items: readonly PoaEvidence[]) => items.filter((item) => item.recovery !== undefined);

describe('the recovery plan as POA evidence', () => {
  it('offers when ODR is back under 1 % without new defects, and the defect-free orders a day that bring it forward', async () => {
    await importOdrCounts();
    const evidence = odrEvidence();
    const [plan] = recoveryOf(evidence.items);
    expect(plan).toMatchObject({
      metricKey: 'amazon.odr_mfn',
      windowFrom: '2026-09-21',
      windowTo: '2026-11-19',
      platformStatus: null,
      recovery: { asOf: '2026-11-19', recoveryDate: '2027-01-08', projectedOrdersPerDay: 100, missingDays: 0, windowDays: 60 },
      source: { kind: 'file', name: 'odr-daily.csv' },
    });
    expect(Object.fromEntries(plan!.figures.map((f) => [f.figure, f.value]))).toEqual({ orders: 6_000, orders_with_defects: 80, rate: 80 / 6_000, target: 0.01 });
    expect(plan!.figures.find((f) => f.figure === 'target')?.condition).toBe('LESS_THAN');
    // Each speed-up is a week earlier and needs more orders a day than the one before.
    const speedUps = plan!.recovery!.speedUps;
    expect(speedUps.length).toBeGreaterThan(0);
    expect(speedUps[0]!.date < '2027-01-08').toBe(true);
    expect(speedUps.every((s, i) => i === 0 || s.ordersPerDay > speedUps[i - 1]!.ordersPerDay)).toBe(true);
    // FBA orders have no daily counts: said, so the editor can explain why there is no plan for them.
    expect(evidence.missingDailyCounts).toEqual([{ metricKey: 'amazon.odr_afn' }]);
  });

  it('counts the days of the window without a daily count, because the plan treats them as days without orders', async () => {
    await importOdrCounts((day) => day >= '2026-10-01' && day <= '2026-10-03');
    expect(recoveryOf(odrEvidence().items)[0]?.recovery?.missingDays).toBe(3);
  });

  it('offers no plan and names the rates without daily counts when the store has none', () => {
    const evidence = odrEvidence();
    expect(recoveryOf(evidence.items)).toEqual([]);
    expect(evidence.missingDailyCounts).toEqual([{ metricKey: 'amazon.odr_mfn' }, { metricKey: 'amazon.odr_afn' }]);
  });

  it('is not offered for a case whose metrics have no rolling window (policy complaints)', () => {
    const caseId = backend.api.call('poa.create', { storeId: usStore, caseType: 'ip_complaint', language: 'en-US', noticeDate: '2026-11-19' }).case.id;
    expect(backend.api.call('poa.evidence', { caseId })).toMatchObject({ missingDailyCounts: [] });
  });

  it('reads in the document in English and Japanese: recovery date, assumed volume, speed-ups and missing days', async () => {
    await importOdrCounts((day) => day === '2026-10-01');
    const [plan] = recoveryOf(odrEvidence().items);
    const poaCase: PoaDocumentInput['poaCase'] = {
      caseType: 'odr', language: 'en-US', storeName: 'Lumora US', sellerId: 'A1LUMORA', marketplace: 'US', noticeDate: '2026-11-19', affectedItems: [],
    };
    const text = (language: 'en-US' | 'ja-JP') =>
      renderPoaText(buildPoaDocument({ poaCase: { ...poaCase, language }, content: completePoaContent({ evidence: [plan!] }), attachmentNames: [] }));
    const english = text('en-US');
    expect(english).toContain('Order defect rate (seller-fulfilled): recovery plan (Reporting window 2026-09-21 to 2026-11-19)');
    expect(english).toContain('- Meets the target again if no new defects occur: 2027-01-08');
    expect(english).toMatch(/- Back by \d{4}-\d{2}-\d{2} with: [\d,]+ defect-free orders a day/);
    expect(english).toContain('- Days without daily counts in the window: 1 of 60 (counted as days without orders)');
    const japanese = text('ja-JP');
    expect(japanese).toContain('：回復見込み');
    expect(japanese).toContain('新たな不良が発生しない場合に基準内へ戻る日：2027-01-08');
    expect(japanese).toContain('60日中1日（注文のない日として計算）');
  });
});
