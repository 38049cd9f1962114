import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractInput, seedAgency, type Agency } from '../../helpers/contract-fixtures';
import { openTestBackend, type TestBackend } from '../../helpers/temp-workspace';

let backend: TestBackend;
let agency: Agency;
let changes: string[];
beforeEach(() => {
  backend = openTestBackend();
  agency = seedAgency(backend);
  changes = [];
  backend.ctx.events.subscribe((event, payload) => {
    if (event === 'workspace.changed') changes.push((payload as { entity: string }).entity);
  });
});
afterEach(() => backend.dispose());

describe('contract, SLA and fee procedures tell the screens what changed', () => {
  it('announce contracts on contract and FX edits, sla and alerts on SLA actions, and nothing on reads', () => {
    const contract = backend.api.call('contracts.create', contractInput(agency));
    backend.api.call('fx.set', { month: '2026-10', currency: 'USD', quoteCurrency: 'JPY', rate: 150 });
    expect(changes).toEqual(['contracts', 'contracts']);
    changes = [];
    const item = backend.api.call('sla.logRequest', { contractId: contract.id, title: 'Report?' });
    backend.api.call('sla.pause', { id: item.id, reason: 'waiting for the client' });
    expect(changes).toEqual(['sla', 'alerts', 'sla', 'alerts']);
    changes = [];
    backend.api.call('sla.list');
    backend.api.call('sla.compliance', { month: '2026-11' });
    backend.api.call('contracts.progress', { id: contract.id });
    backend.api.call('fees.statement', { clientId: agency.clientId, month: '2026-10' });
    backend.api.call('sla.refresh');
    expect(changes).toEqual([]);
    backend.api.call('contracts.archive', { id: contract.id });
    expect(changes).toEqual(['contracts', 'sla']);
  });

  it('answer untrusted input through the same zod schemas, naming the field', async () => {
    const answer = await backend.api.handle('contracts.create', { ...contractInput(agency), commissionBps: 2.5 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { issues: [{ field: 'commissionBps' }] } } });
    expect(await backend.api.handle('sla.pause', { id: 1 })).toMatchObject({ ok: false, error: { details: { issues: [{ field: 'reason', code: 'required' }] } } });
  });
});
