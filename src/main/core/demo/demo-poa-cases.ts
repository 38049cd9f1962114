import type { Marketplace } from '@shared/domain/marketplaces';
import type { Platform } from '@shared/domain/stores';
import type { CoreContext } from '../core-context';
import { shiftDay } from '../poa/calendar-days';
import { extractPoaEvidence } from '../poa/evidence/evidence-service';
import { createPoaCase } from '../poa/poa-case-service';
import { savePoaDraft } from '../poa/poa-revision-service';
import { transitionPoaCase } from '../poa/poa-transition-service';
import { DEMO_POA_SCRIPTS, type DemoPoaFacts, type DemoPoaScript } from './demo-poa-scripts';
import type { SeededRandom } from './seeded-random';

export interface DemoPoaStore {
  id: number;
  platform: Platform;
  marketplace: Marketplace;
  manager: string;
}

/** Each step of a case's history happens 18 hours after the one before, starting the day after the notice. */
const STEP_MS = 18 * 3_600_000;
/** Amazon usually gives about two weeks to answer. */
const DEADLINE_DAYS = 14;
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

function demoItem(rng: SeededRandom, kind: DemoPoaScript['itemKind']): string {
  if (kind === 'tiktok_product') return `17${Array.from({ length: 17 }, () => rng.int(0, 9)).join('')}`;
  return `B0${Array.from({ length: 8 }, () => rng.pick([...ALPHABET])).join('')}`;
}

/** The store and day where a metric was worst within the range: where the platform would have written. */
function worstDay(
  ctx: CoreContext,
  stores: readonly DemoPoaStore[],
  worst: NonNullable<DemoPoaScript['worst']>,
  from: string,
  to: string,
): { store: DemoPoaStore; day: string } | null {
  const order = worst.direction === 'max' ? 'DESC' : 'ASC';
  const row = ctx.workspace.sqlite
    .prepare<unknown[], { storeId: number; day: string }>(
      `SELECT store_id AS storeId, window_to AS day FROM metric_snapshots
       WHERE metric_key = ? AND window_to >= ? AND window_to <= ? AND value IS NOT NULL
         AND store_id IN (${stores.map(() => '?').join(', ')})
       ORDER BY value ${order}, window_to DESC, store_id LIMIT 1`,
    )
    .get(worst.metricKey, from, to, ...stores.map((store) => store.id));
  const store = row && stores.find((candidate) => candidate.id === row.storeId);
  return row && store ? { store, day: row.day } : null;
}

/**
 * Plans of action for the demo, written through the same services the editor uses and replayed at
 * plausible times by the store's account manager: a case in every status, with its revisions.
 * Stores are chosen by kind (and, for metric cases, where the metric was worst), so a workspace
 * with Amazon US, Amazon JP and TikTok Shop stores gets all of them. Returns how many were made.
 */
export function generateDemoPoaCases(ctx: CoreContext, stores: readonly DemoPoaStore[], period: { from: string; to: string }, rng: SeededRandom): number {
  let made = 0;
  for (const script of DEMO_POA_SCRIPTS) {
    const candidates = stores.filter((s) => s.platform === script.store.platform && s.marketplace === script.store.marketplace);
    if (candidates.length === 0) continue;
    const [latest, earliest] = script.noticeWindow;
    const last = shiftDay(period.to, -latest);
    const first = shiftDay(period.to, -earliest);
    const found = script.worst ? worstDay(ctx, candidates, script.worst, first < period.from ? period.from : first, last) : null;
    const store = found?.store ?? candidates[script.store.nth % candidates.length]!;
    const noticeDate = found?.day ?? last;
    const facts: DemoPoaFacts = {
      items: Array.from({ length: script.itemCount }, () => demoItem(rng, script.itemKind)),
      days: [shiftDay(noticeDate, 1), shiftDay(noticeDate, 2), shiftDay(noticeDate, 3)],
    };

    const start = Date.parse(`${facts.days[0]}T01:00:00Z`);
    let step = 0;
    const next = (): CoreContext => {
      const at = new Date(start + step++ * STEP_MS);
      return { ...ctx, actor: store.manager, now: () => at };
    };
    const { case: created } = createPoaCase(next(), {
      storeId: store.id,
      caseType: script.caseType,
      language: script.language,
      title: script.title,
      noticeText: script.notice(facts),
      affectedItems: [...facts.items],
      noticeDate,
      deadline: shiftDay(noticeDate, DEADLINE_DAYS),
    });
    const evidence = script.insertEvidence ? extractPoaEvidence(ctx, created.id).items : [];
    savePoaDraft(next(), { id: created.id, revision: 1, content: { ...script.text(facts), evidence } });
    for (const move of script.history) {
      if (move !== 'reopen') {
        transitionPoaCase(next(), created.id, move);
        continue;
      }
      const reopened = transitionPoaCase(next(), created.id, 'draft');
      const text = script.revisionTwo?.(facts) ?? script.text(facts);
      savePoaDraft(next(), { id: created.id, revision: reopened.case.revision, content: { ...text, evidence } });
    }
    made++;
  }
  return made;
}
