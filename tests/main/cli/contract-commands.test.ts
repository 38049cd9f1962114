import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/run-cli-in-process';
import { tempDir } from '../../helpers/temp-workspace';

let cleanup: () => void;
let db: string;
beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'cli.sqlite');
  expect((await cli('demo', '--db', db, '--clients', '4', '--stores', '10', '--days', '60', '--end', '2026-11-19')).code).toBe(0);
});
afterAll(() => cleanup());

interface ContractJson {
  id: number;
  clientId: number;
  lifecycle: string;
}

describe('storefleet contracts', () => {
  it('lists contracts as a table, and as the API answers them with --json', async () => {
    const table = await cli('contracts', '--db', db);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+CLIENT\s+NAME\s+TIER\s+PERIOD\s+STATE\s+BASE FEE\s+COMMISSION\s+STORES\s+SLA TERMS\n/);
    expect(table.stdout).toContain('review by day 5');
    const contracts = JSON.parse((await cli('contracts', '--db', db, '--json')).stdout) as ContractJson[];
    expect(contracts.length).toBeGreaterThanOrEqual(3);
    expect(contracts.every((c) => typeof c.lifecycle === 'string')).toBe(true);
  });
});

describe('storefleet sla', () => {
  it('lists items soonest due first and, for a month, prints its compliance', async () => {
    const run = await cli('sla', '--db', db, '--month', '2026-10');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ID\s+CLIENT\s+KIND\s+STORE\s+SOURCE\s+DUE \(UTC\)\s+STATUS\s+URGENCY\n/);
    expect(run.stdout).toMatch(/\nCompliance 2026-10: \d+ met, \d+ breached, \d+ waived, \d+ pending: [\d.]+ % met on time\n$/);
  });

  it('answers items and the compliance summary with --json, filtered by client', async () => {
    const [first] = JSON.parse((await cli('contracts', '--db', db, '--json')).stdout) as ContractJson[];
    const answer = JSON.parse((await cli('sla', '--db', db, '--client', String(first!.clientId), '--month', '2026-10', '--json')).stdout) as {
      items: { clientId: number }[];
      compliance: { month: string; rate: number | null; items?: unknown };
    };
    expect(answer.items.every((i) => i.clientId === first!.clientId)).toBe(true);
    expect(answer.compliance).toMatchObject({ month: '2026-10' });
    expect(answer.compliance.items).toBeUndefined();
    expect(JSON.parse((await cli('sla', '--db', db, '--json')).stdout)).toMatchObject({ compliance: null });
  });

  it('refuses a month that is not YYYY-MM as wrong usage', async () => {
    const run = await cli('sla', '--db', db, '--month', '2026-13');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"2026-13" is not a month like 2026-11.');
  });
});

describe('storefleet fees', () => {
  it('prints every line of the statement with its explanation and the total', async () => {
    const [first] = JSON.parse((await cli('contracts', '--db', db, '--json')).stdout) as ContractJson[];
    const run = await cli('fees', '--db', db, '--client', String(first!.clientId), '--month', '2026-10');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Fee statement for .+, 2026-10 \(a preview, nothing is recorded\)\n/);
    expect(run.stdout).toMatch(/Monthly base fee [\d,.]+ [A-Z]{3}/);
    expect(run.stdout).toMatch(/Subtotal/);
    expect(run.stdout).toMatch(/\nTotal [\d,.]+ [A-Z]{3}\n$/);
  });

  it('answers the statement as JSON, and names an unknown client', async () => {
    const [first] = JSON.parse((await cli('contracts', '--db', db, '--json')).stdout) as ContractJson[];
    const statement = JSON.parse((await cli('fees', '--db', db, '--client', String(first!.clientId), '--month', '2026-10', '--json')).stdout) as {
      sections: { lines: { kind: string }[] }[];
    };
    expect(statement.sections[0]!.lines[0]!.kind).toBe('base_fee');
    const missing = await cli('fees', '--db', db, '--client', '999', '--month', '2026-10');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Client 999 does not exist');
    expect((await cli('fees', '--db', db, '--month', '2026-10')).code).toBe(2);
  });
});
