import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../../src/shared/api/contract';
import { eventSchemas } from '../../../../src/shared/api/contract';
import { dailySeries, seedSnapshots } from '../../../helpers/seed-snapshots';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

type Opened = EventPayload<'alerts.opened'>;

let backend: TestBackend;
let usStore: number;
let jpStore: number;
let opened: Opened[];

beforeEach(() => {
  backend = openTestBackend();
  const client = backend.api.call('clients.create', { name: 'Lumora', language: 'zh-CN', reportingCurrency: 'CNY' });
  const base = { clientId: client.id, platform: 'amazon', sellerId: 'A1LUMORA', stage: 'mature', status: 'active' } as const;
  usStore = backend.api.call('stores.create', { ...base, displayName: 'US Flagship', marketplace: 'US' }).id;
  jpStore = backend.api.call('stores.create', { ...base, displayName: 'JP Store', marketplace: 'JP' }).id;
  opened = [];
  backend.ctx.events.subscribe((event, payload) => {
    if (event === 'alerts.opened') opened.push(eventSchemas['alerts.opened'].parse(payload));
  });
});
afterEach(() => backend.dispose());

describe('the alerts.opened event', () => {
  it('announces the alerts an evaluation opened, with the number of open breaches, once per run', () => {
    seedSnapshots(backend, usStore, dailySeries('amazon.odr_mfn', '2026-11-19', [0.02]));
    seedSnapshots(backend, jpStore, [
      ...dailySeries('amazon.odr_mfn', '2026-11-19', [0.03]),
      ...dailySeries('amazon.late_shipment_rate', '2026-11-19', [0.05]),
    ]);
    backend.api.call('evaluation.run');
    expect(opened).toHaveLength(1);
    expect(opened[0]?.openBreaches).toBe(3);
    expect(opened[0]?.alerts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ storeId: usStore, storeName: 'US Flagship', metricKey: 'amazon.odr_mfn', kind: 'breach', severity: 'critical' }),
        expect.objectContaining({ storeId: jpStore, storeName: 'JP Store', metricKey: 'amazon.late_shipment_rate', kind: 'breach' }),
      ]),
    );
    const ids = opened[0]!.alerts.map((a) => a.id);
    expect(ids).toEqual(backend.api.call('alerts.list').map((a) => a.id).sort((a, b) => a - b));
  });

  it('stays silent when a run opens nothing new, since the alerts it keeps open were announced before', () => {
    seedSnapshots(backend, usStore, dailySeries('amazon.odr_mfn', '2026-11-19', [0.02]));
    backend.api.call('evaluation.run');
    backend.api.call('evaluation.run');
    expect(opened).toHaveLength(1);
  });

  it('names only the new alerts, and counts every open breach, not only new ones', () => {
    seedSnapshots(backend, usStore, dailySeries('amazon.odr_mfn', '2026-11-19', [0.02]));
    backend.api.call('evaluation.run');
    seedSnapshots(backend, jpStore, dailySeries('amazon.odr_mfn', '2026-11-19', [0.02]));
    backend.api.call('evaluation.run', { storeIds: [jpStore] });
    expect(opened).toHaveLength(2);
    expect(opened[1]?.alerts.map((a) => a.storeId)).toEqual([jpStore]);
    expect(opened[1]?.openBreaches).toBe(2);
  });

  it('leaves resolved breaches out of the count', () => {
    seedSnapshots(backend, usStore, dailySeries('amazon.odr_mfn', '2026-11-19', [0.02]));
    backend.api.call('evaluation.run');
    const [breach] = backend.api.call('alerts.list', { kind: 'breach' });
    backend.api.call('alerts.resolve', { id: breach!.id });
    seedSnapshots(backend, jpStore, dailySeries('amazon.odr_mfn', '2026-11-19', [0.02]));
    backend.api.call('evaluation.run', { storeIds: [jpStore] });
    expect(opened.at(-1)?.openBreaches).toBe(1);
  });

  it('is emitted once for an import that touches two stores', async () => {
    const report = readFileSync(join(__dirname, '../../../fixtures/imports/seller-performance-us-jp.json')).toString('base64');
    const result = await backend.api.call('imports.run', { fileName: 'perf.json', contentBase64: report, storeId: usStore });
    expect(result.storeIds).toHaveLength(2);
    expect(opened).toHaveLength(1);
    expect(new Set(opened[0]!.alerts.map((a) => a.storeId))).toEqual(new Set([usStore, jpStore]));
  });

  it('is not emitted by an import whose file is rejected', async () => {
    const report = readFileSync(join(__dirname, '../../../fixtures/imports/seller-performance-us-jp.json')).toString('base64');
    const result = await backend.api.call('imports.run', { fileName: 'perf.json', contentBase64: report });
    expect(result.status).toBe('rejected');
    expect(opened).toEqual([]);
  });
});
