import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
beforeAll(() => {
  backend = openTestBackend();
  backend.api.call('workspace.initialise', { mode: 'demo', demo: { clients: 8, stores: 24, days: 120, endDate: '2026-11-19' } });
});
afterAll(() => backend.dispose());

describe('demo contracts', () => {
  it('gives most clients a contract over all their stores, one due for renewal and one expired', () => {
    const contracts = backend.api.call('contracts.list');
    const clientsWithContracts = new Set(contracts.map((c) => c.clientId));
    expect(clientsWithContracts.size).toBe(6);
    expect(contracts.map((c) => c.lifecycle)).toEqual(expect.arrayContaining(['active', 'renewal_due', 'expired']));
    for (const contract of contracts.filter((c) => c.lifecycle !== 'expired')) {
      expect(contract.stores.length).toBe(backend.api.call('stores.list', { clientId: contract.clientId }).length);
      expect(contract.slaTerms.map((t) => t.kind).sort()).toEqual(['alert_acknowledge', 'client_request', 'monthly_review', 'poa_delivery']);
    }
  });

  it('sets KPI targets whose baselines come from the demo snapshots at the contract start', () => {
    const targets = backend.api.call('contracts.list').flatMap((c) => c.targets);
    expect(targets.length).toBeGreaterThan(6);
    expect(targets.every((t) => t.baselineSource === 'snapshot' && t.baselineValue !== null && t.baselineImportBatchIds.length === 1)).toBe(true);
  });

  it('has a past on the SLA clock, some promises met and some breached, and breach alerts for the latter', () => {
    const items = backend.api.call('sla.list');
    const statuses = new Set(items.map((i) => i.status));
    expect(statuses).toContain('met');
    expect(statuses).toContain('breached');
    expect(items.some((i) => i.kind === 'alert_acknowledge' && i.status === 'open')).toBe(true);
    expect(backend.api.call('alerts.list', { kind: 'sla_breach', status: 'all' }).length).toBeGreaterThan(0);
    const october = backend.api.call('sla.compliance', { month: '2026-10' });
    expect(october.rate).toBeGreaterThan(0.5);
    expect(october.rate).toBeLessThan(1);
    expect(backend.api.call('overview.get').slaDueSoon.length).toBeGreaterThan(0);
  });

  it('keeps FX rates for every demo month, so last month\'s statements convert every store', () => {
    expect(new Set(backend.api.call('fx.list').map((r) => r.month))).toEqual(new Set(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11']));
    for (const contract of backend.api.call('contracts.list', { lifecycle: 'active' })) {
      const statement = backend.api.call('fees.statement', { clientId: contract.clientId, month: '2026-10' });
      expect(statement.sections.flatMap((s) => s.lines).flatMap((l) => l.warnings).filter((w) => w.code === 'missing_fx_rate')).toEqual([]);
      expect(statement.totals[0]!.amountMinor).toBeGreaterThan(0);
    }
  });
});
