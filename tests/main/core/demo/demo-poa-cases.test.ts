import { afterEach, describe, expect, it } from 'vitest';
import { POA_STATUSES } from '../../../../src/shared/domain/poa';
import { FIXED_NOW, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

const opened: TestBackend[] = [];
afterEach(() => opened.splice(0).forEach((b) => b.dispose()));

function demo(options: { stores?: number; seed?: number; days?: number } = {}) {
  const backend = openTestBackend();
  opened.push(backend);
  backend.api.call('workspace.initialise', { mode: 'demo', demo: { clients: 4, stores: 10, days: 120, endDate: '2026-11-19', ...options } });
  return backend;
}

describe('demo plans of action', () => {
  it('has a case in every status, among them an ODR case in en-US and a VTR case in ja-JP', () => {
    const cases = demo().api.call('poa.list');
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(POA_STATUSES));
    expect(cases).toContainEqual(expect.objectContaining({ caseType: 'odr', language: 'en-US', platform: 'amazon', marketplace: 'US' }));
    expect(cases).toContainEqual(expect.objectContaining({ caseType: 'valid_tracking', language: 'ja-JP', platform: 'amazon', marketplace: 'JP' }));
    expect(cases).toContainEqual(expect.objectContaining({ caseType: 'tiktok_violation', platform: 'tiktok_shop' }));
  });

  it('writes each case in its document language, naming the affected items in the text', () => {
    const backend = demo();
    for (const summary of backend.api.call('poa.list')) {
      const { revision, checks } = backend.api.call('poa.get', { id: summary.id });
      const text = revision.content.rootCauses.map((c) => c.text).join(' ');
      if (summary.language === 'en-US') expect(text).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      else expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(checks.warnings.filter((w) => w.code === 'affected_item_missing' || w.code === 'flagged_phrase' || w.code === 'unfilled_placeholder')).toEqual([]);
    }
  });

  it('leaves the ODR draft with warnings to resolve, and the submitted VTR plan clean with the store’s own numbers', () => {
    const backend = demo();
    const cases = backend.api.call('poa.list');
    const odr = backend.api.call('poa.get', { id: cases.find((c) => c.caseType === 'odr')!.id });
    expect(odr.checks.warnings.map((w) => w.code)).toEqual(['corrective_without_date', 'preventive_without_frequency', 'evidence_not_inserted']);
    const vtr = backend.api.call('poa.get', { id: cases.find((c) => c.caseType === 'valid_tracking')!.id });
    expect(vtr.checks.warnings).toEqual([]);
    const [evidence] = vtr.revision.content.evidence;
    expect(evidence).toMatchObject({ metricKey: 'amazon.valid_tracking_rate', windowTo: vtr.case.noticeDate, source: { kind: 'demo' } });
    const snapshot = backend.api.call('snapshots.list', { storeId: vtr.case.storeId, metricKey: 'amazon.valid_tracking_rate', from: vtr.case.noticeDate, to: vtr.case.noticeDate })[0];
    expect(evidence!.figures.find((f) => f.figure === 'rate')?.value).toBe(snapshot?.value);
  });

  it('keeps the history: submitted revisions kept, a reopened case on revision 2, every step by the store’s account manager before now', () => {
    const backend = demo();
    const cases = backend.api.call('poa.list');
    const reopened = cases.find((c) => c.revision === 2)!;
    expect(backend.api.call('poa.revisions', { id: reopened.id }).map((r) => [r.revision, r.status, r.outcome])).toEqual([
      [1, 'submitted', 'more_info_requested'],
      [2, 'submitted', 'accepted'],
    ]);
    const managers = new Set(backend.api.call('stores.list').map((s) => s.accountManager));
    for (const summary of cases) {
      for (const revision of backend.api.call('poa.revisions', { id: summary.id })) {
        expect(managers.has(revision.actor)).toBe(true);
        expect(revision.savedAt < FIXED_NOW.toISOString()).toBe(true);
        expect(revision.savedAt.slice(0, 10) > summary.noticeDate).toBe(true);
      }
    }
  });

  it('gives the same cases for the same seed', () => {
    const fingerprint = (backend: TestBackend) =>
      JSON.stringify(backend.api.call('poa.list').map((c) => [c, backend.api.call('poa.get', { id: c.id }).revision.content]));
    expect(fingerprint(demo({ seed: 7 }))).toBe(fingerprint(demo({ seed: 7 })));
  });

  it('makes only the cases a small portfolio has stores for', () => {
    const cases = demo({ stores: 1 }).api.call('poa.list');
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.every((c) => c.platform === 'amazon' && c.marketplace === 'US')).toBe(true);
  });

  it('splits each day’s orders with a defect into kinds of defect that add up', () => {
    const { sqlite } = demo({ stores: 2, days: 20 }).ctx.workspace;
    const rows = sqlite
      .prepare(
        `SELECT o.numerator AS defects, nf.value + c.value + cb.value AS kinds, nf.value AS nf, c.value AS claims, cb.value AS chargebacks
         FROM metric_snapshots o
         JOIN metric_snapshots nf ON nf.store_id = o.store_id AND nf.window_to = o.window_to AND nf.metric_key = o.metric_key || '.negative_feedback'
         JOIN metric_snapshots c ON c.store_id = o.store_id AND c.window_to = o.window_to AND c.metric_key = o.metric_key || '.claims'
         JOIN metric_snapshots cb ON cb.store_id = o.store_id AND cb.window_to = o.window_to AND cb.metric_key = o.metric_key || '.chargebacks'
         WHERE o.metric_key IN ('amazon.odr_mfn', 'amazon.odr_afn')`,
      )
      .all() as { defects: number; kinds: number; nf: number; claims: number; chargebacks: number }[];
    expect(rows.length).toBe(2 * 2 * 20);
    for (const row of rows) {
      expect(row.kinds).toBe(row.defects);
      expect(Math.min(row.nf, row.claims, row.chargebacks)).toBeGreaterThanOrEqual(0);
    }
  });
});
