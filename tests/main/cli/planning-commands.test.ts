import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecoveryPlanResult } from '../../../src/shared/api/planning-experiment-schemas';
import type { PlanningTarget, Scorecard } from '../../../src/shared/api/planning-schemas';
import { cli } from '../../helpers/run-cli-in-process';
import { tempDir } from '../../helpers/temp-workspace';

let cleanup: () => void;
let db: string;
beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'cli.sqlite');
  expect((await cli('demo', '--db', db, '--clients', '4', '--stores', '10', '--days', '120', '--end', '2026-11-19')).code).toBe(0);
});
afterAll(() => cleanup());

describe('storefleet targets', () => {
  it('lists the demo targets of the month with attainment, as a table and as JSON', async () => {
    const table = await cli('targets', '--db', db, '--period', '2026-11');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+STORE\s+PERIOD\s+METRIC\s+KIND\s+TARGET\s+ACTUAL\s+ATTAINMENT\s+STATUS\s+OWNER\s+WEIGHT\n/);
    const targets = JSON.parse((await cli('targets', '--db', db, '--period', '2026-11', '--json')).stdout) as PlanningTarget[];
    expect(targets.length).toBeGreaterThan(20);
    expect(targets.every((t) => t.period === '2026-11')).toBe(true);
    expect(targets.some((t) => t.attainment !== null)).toBe(true);
  });

  it('refuses a period that is neither a month nor a quarter', async () => {
    const run = await cli('targets', '--db', db, '--period', '2026-13');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"2026-13" is not a month like 2026-11 or a quarter like 2026-Q4.');
  });
});

describe('storefleet scorecards', () => {
  it('scores each demo person for the month, process and result apart', async () => {
    const card = JSON.parse((await cli('scorecards', '--db', db, '--period', '2026-11', '--json')).stdout) as Scorecard;
    expect(card.people.map((p) => p.name).sort()).toEqual(['Chen Jing', 'Liu Yang', 'Maria Lopez', 'Sato Yui', 'Zhao Min']);
    expect(card.people.every((p) => p.targets.length > 0)).toBe(true);
    const table = await cli('scorecards', '--db', db, '--period', '2026-11');
    expect(table.stdout).toContain('Scorecards for 2026-11');
    expect(table.stdout).toMatch(/\nWHO\s+ROLE\s+SCORE\s+PROCESS\s+RESULT\s+TARGETS\s+NO DATA \(WEIGHT\)\n/);
  });
});

describe('storefleet recovery', () => {
  it('dates the demo store’s ODR recovery from its daily counts', async () => {
    const plan = JSON.parse((await cli('recovery', '--db', db, '--store', '1', '--metric', 'amazon.odr_mfn', '--json')).stdout) as RecoveryPlanResult;
    expect(plan).toMatchObject({ status: 'recovers', today: '2026-11-19', missingDays: [] });
    expect(plan.current!.rate).toBeGreaterThanOrEqual(0.01);
    // The bad week ended 45 days before the last day: it is out of the 60-day window 15 days later at the latest.
    expect(plan.recoveryDate! <= '2026-12-04').toBe(true);
    const text = await cli('recovery', '--db', db, '--store', '1', '--metric', 'amazon.odr_mfn');
    expect(text.stdout).toMatch(/Recovers on \d{4}-\d{2}-\d{2} if no new defect occurs/);
  });

  it('fails with a usable message for a metric without a rolling window', async () => {
    const run = await cli('recovery', '--db', db, '--store', '1', '--metric', 'amazon.account_health_rating');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not a rate over a rolling window');
  });
});
