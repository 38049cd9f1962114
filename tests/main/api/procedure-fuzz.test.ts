import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ERROR_CODES } from '../../../src/shared/api/app-error';
import { contract, PROCEDURE_NAMES, type ProcedureName } from '../../../src/shared/api/contract';
import { hostileScalar, hostileValue } from '../../helpers/hostile-values';
import { openTestBackend, type TestBackend } from '../../helpers/temp-workspace';

/**
 * Random inputs for every procedure of the contract, so procedures added later are covered
 * without touching this file. Inputs are shaped from each input schema (its field names, random
 * values) or entirely random. The answer must always be an InvokeResult; a refusal must be a
 * clear AppError (never "internal") and leave the database as it was.
 * STOREFLEET_FUZZ_RUNS sets the cases per procedure (default 40).
 */
const RUNS = Number(process.env.STOREFLEET_FUZZ_RUNS ?? 40);

let backend: TestBackend;
const tally: Record<string, { cases: number; accepted: number }> = {};

beforeAll(() => {
  backend = openTestBackend();
  backend.api.call('workspace.initialise', { mode: 'demo', demo: { clients: 2, stores: 4, days: 20, endDate: '2026-11-19' } });
});

afterAll(() => {
  const cases = Object.values(tally).reduce((sum, t) => sum + t.cases, 0);
  console.info(`procedure fuzz: ${cases} cases over ${Object.keys(tally).length} procedures (${RUNS} each)`);
  backend.dispose();
});

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : null;
}

/** Objects with the schema's own field names (any subset) holding hostile values, and anything at all. */
function inputsFor(procedure: ProcedureName): fc.Arbitrary<unknown> {
  const shape = objectShape(contract[procedure].input);
  if (!shape) return hostileValue;
  const fields = Object.fromEntries(Object.keys(shape).map((key) => [key, fc.oneof(hostileScalar, hostileValue)]));
  return fc.oneof({ weight: 4, arbitrary: fc.record(fields, { requiredKeys: [] }) }, { weight: 1, arbitrary: hostileValue });
}

/** Row counts of every table: a refused call must not have added or removed a row anywhere. */
function fingerprint(): Record<string, number> {
  const { sqlite } = backend.ctx.workspace;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
}

describe('every procedure refuses hostile input with a clear error and changes nothing', () => {
  it.each(PROCEDURE_NAMES)('%s', async (procedure) => {
    const counts = (tally[procedure] = { cases: 0, accepted: 0 });
    await fc.assert(
      fc.asyncProperty(inputsFor(procedure), async (input) => {
        const before = fingerprint();
        const answer = await backend.api.handle(procedure, input);
        counts.cases += 1;
        if (answer.ok) {
          counts.accepted += 1;
          return;
        }
        expect(APP_ERROR_CODES).toContain(answer.error.code);
        expect(answer.error.code, answer.error.message).not.toBe('internal');
        expect(answer.error.message.length).toBeGreaterThan(0);
        expect(fingerprint()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('refuses input zod itself cannot read (an object without a prototype) as invalid input, not a crash', async () => {
    const answer = await backend.api.handle('sla.pause', { reason: { length: [Object.create(null)] } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses names that are not procedures, including inherited ones', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'clients.drop', '', 42, null]) {
      expect(await backend.api.handle(name, {})).toMatchObject({ ok: false, error: { code: 'unknown_procedure' } });
    }
  });
});
