import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let storeId: number;
beforeEach(() => {
  backend = openTestBackend();
  const client = backend.api.call('clients.create', { name: 'Lumora', language: 'en-US', reportingCurrency: 'USD' });
  storeId = backend.api.call('stores.create', {
    clientId: client.id, platform: 'amazon', sellerId: 'A1LUMORA', stage: 'mature', status: 'active', displayName: 'US Flagship', marketplace: 'US',
  }).id;
});
afterEach(() => backend.dispose());

const csv = (text: string) => Buffer.from(text).toString('base64');

/** 60 days of ODR counts to 2026-11-19: 100 orders a day, 80 with a defect on 2026-11-09. */
function odrCountsFile(): string {
  const lines = ['store,metric,date,value,numerator,denominator'];
  for (let i = 0; i < 60; i++) {
    const day = new Date(Date.UTC(2026, 8, 21 + i)).toISOString().slice(0, 10);
    lines.push(`US Flagship,amazon.odr_mfn.daily,${day},,${day === '2026-11-09' ? 80 : 0},100`);
  }
  return `${lines.join('\n')}\n`;
}

describe('importing daily counts from a file', () => {
  it('feeds the recovery planner: the same plan as counts written directly', async () => {
    const result = await backend.api.call('imports.run', { fileName: 'odr-daily.csv', contentBase64: csv(odrCountsFile()) });
    expect(result).toMatchObject({ status: 'imported', rowCount: 60, issueCount: 0 });
    const plan = backend.api.call('planning.recovery', { storeId, metricKey: 'amazon.odr_mfn' });
    expect(plan).toMatchObject({ status: 'recovers', today: '2026-11-19', recoveryDate: '2027-01-08', missingDays: [] });
  });

  it('keeps the counts out of the matrix, because they are no catalog metric', async () => {
    await backend.api.call('imports.run', { fileName: 'odr-daily.csv', contentBase64: csv(odrCountsFile()) });
    const [row] = backend.api.call('matrix.get', {});
    expect(row?.cells.map((c) => c.metricKey)).not.toContain('amazon.odr_mfn.daily');
    expect(row?.cells.find((c) => c.metricKey === 'amazon.odr_mfn')?.status ?? 'no_data').toBe('no_data');
  });

  it('refuses the whole file when one row lacks a count, naming its line and column, and writes nothing', async () => {
    const body = 'store,metric,date,value,numerator,denominator\nUS Flagship,amazon.odr_mfn.daily,2026-11-19,,1,100\nUS Flagship,amazon.odr_mfn.daily,2026-11-20,,,100\n';
    const result = await backend.api.call('imports.run', { fileName: 'x.csv', contentBase64: csv(body) });
    expect(result.status).toBe('rejected');
    expect(result.issues.map((i) => [i.line, i.column, i.code])).toEqual([[3, 'numerator', 'daily_counts_missing']]);
    expect(countRows(backend, 'metric_snapshots')).toBe(0);
  });

  it('checks the platform of the rate behind the counts: TikTok counts do not go to an Amazon store', async () => {
    const body = 'store,metric,date,value,numerator,denominator\nUS Flagship,tiktok.late_dispatch_rate.daily,2026-11-19,,1,100\n';
    const result = await backend.api.call('imports.run', { fileName: 'x.csv', contentBase64: csv(body) });
    expect(result.issues.map((i) => [i.line, i.column, i.code])).toEqual([[2, 'metric', 'metric_not_for_platform']]);
  });
});
