import { afterEach, describe, expect, it } from 'vitest';
import { demoAnnotations } from '../../../../src/main/core/demo/demo-annotations';
import { SeededRandom } from '../../../../src/main/core/demo/seeded-random';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

const opened: TestBackend[] = [];
afterEach(() => opened.splice(0).forEach((b) => b.dispose()));

function demo(seed: number) {
  const backend = openTestBackend();
  opened.push(backend);
  backend.api.call('workspace.initialise', { mode: 'demo', demo: { clients: 4, stores: 14, days: 60, seed, endDate: '2026-11-19' } });
  return backend;
}

interface NoteRow {
  store_id: number;
  date: string;
  text: string;
  actor: string;
  language: string;
  account_manager: string;
}

// The account managers' notes: experiments mark their own start and end (⚗) on the variant stores.
const notes = (backend: TestBackend) =>
  backend.ctx.workspace.sqlite
    .prepare(
      `SELECT a.store_id, a.date, a.text, a.actor, c.language, s.account_manager FROM annotations a
       JOIN stores s ON s.id = a.store_id JOIN clients c ON c.id = s.client_id WHERE a.text NOT LIKE '⚗%' ORDER BY a.id`,
    )
    .all() as NoteRow[];

describe('demo annotations', () => {
  it('notes two or three changes on each troubled store, by its account manager, within the demo period', () => {
    const backend = demo(42);
    const rows = notes(backend);
    const troubled = new Set(backend.api.call('stores.list').filter((s) => s.status !== 'active').map((s) => s.id));
    const perStore = new Map<number, number>();
    for (const row of rows) perStore.set(row.store_id, (perStore.get(row.store_id) ?? 0) + 1);
    for (const id of troubled) expect(perStore.get(id)).toBeGreaterThanOrEqual(2);
    expect([...perStore.values()].every((n) => n >= 2 && n <= 3)).toBe(true);
    expect(perStore.size).toBeLessThan(14);
    for (const row of rows) {
      expect(row.actor).toBe(row.account_manager);
      expect(row.date >= '2026-09-21' && row.date <= '2026-11-19').toBe(true);
    }
  });

  it('writes each note in the language of the store\'s client', () => {
    const rows = notes(demo(42));
    const script = { 'zh-CN': /[\u4e00-\u9fff]/, 'ja-JP': /[\u3040-\u30ff\u4e00-\u9fff]/, 'en-US': /^[\x20-\x7e]+$/ } as Record<string, RegExp>;
    for (const row of rows) expect(row.text).toMatch(script[row.language]!);
    expect(new Set(rows.map((r) => r.language)).size).toBeGreaterThan(1);
  });

  it('gives the same notes for the same seed', () => {
    expect(notes(demo(7))).toEqual(notes(demo(7)));
  });

  it('dates the change that set the drift off before the metric moves, and the reaction after it', () => {
    const [cause, reaction] = demoAnnotations(new SeededRandom(3), 'en-US', { metricKey: 'amazon.late_shipment_rate', trajectory: 'drifting', marketplace: 'JP' });
    expect(cause?.at).toBeLessThan(0.3);
    expect(reaction!.at).toBeGreaterThan(cause!.at);
    expect(['Switched carrier to Yamato Transport', 'Moved to a new warehouse']).toContain(cause?.text);
  });

  it('ends a breach the platform enforces with an appeal, and any other breach on the client\'s agenda', () => {
    const closings = (metricKey: string) =>
      Array.from({ length: 12 }, (_, seed) => demoAnnotations(new SeededRandom(seed), 'en-US', { metricKey, trajectory: 'breached', marketplace: 'US' })[2]?.text)
        .filter((text) => text !== undefined);
    expect(new Set(closings('amazon.odr_mfn'))).toEqual(new Set(['Plan of action submitted to the platform']));
    expect(new Set(closings('ads.roas'))).toEqual(new Set(["On the agenda of the client's weekly review"]));
  });
});
