import { asc } from 'drizzle-orm';
import type { PlanningRole } from '@shared/domain/planning';
import type { Platform, StoreStage } from '@shared/domain/stores';
import { dailyCountsKey } from '@shared/metrics/daily-counts';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { CoreContext } from '../core-context';
import { addDays, monthOf } from '../contracts/calendar-months';
import { stores } from '../db/schema';
import { splitOrderDefects } from './demo-order-defects';
import { createExperiment } from '../planning/experiments/experiment-service';
import { createPerson } from '../planning/people/person-service';
import { periodValue } from '../planning/targets/period-value';
import { setTarget } from '../planning/targets/target-service';
import { applyTemplate } from '../planning/templates/apply-template';
import { copyTemplate, updateTemplate } from '../planning/templates/template-service';

export interface DemoPlanningSummary {
  people: number;
  targets: number;
  experiments: number;
  /** The store whose ODR breached and is healing, for the recovery plan. */
  recoveringStoreId: number | null;
}

const PEOPLE: { name: string; role: PlanningRole }[] = [
  { name: 'Chen Jing', role: 'account_manager' },
  { name: 'Liu Yang', role: 'content' },
  { name: 'Zhao Min', role: 'ads' },
  { name: 'Sato Yui', role: 'customer_service' },
  { name: 'Maria Lopez', role: 'content' },
];
const PLANNED_STORES = 10;
const ODR_KEY = 'amazon.odr_mfn';

/** Interest e-commerce shops (Shopify, creators) take the interest templates. */
function templateKey(platform: Platform, stage: StoreStage): string {
  return `builtin:${platform === 'amazon' || platform === 'tiktok_shop' ? platform : 'other'}.${stage}`;
}

/**
 * Rewrites one Amazon store's ODR as a story the recovery planner can tell: a bad week about seven
 * weeks ago pushed the 60-day rate over 1 %, and it heals as that week leaves the window. Daily
 * counts go in as `amazon.odr_mfn.daily`, and the store's 60-day snapshots are made to add up to them.
 */
function writeOdrRecovery(ctx: CoreContext, storeId: number, to: string, from: string): void {
  const { sqlite } = ctx.workspace;
  const latest = sqlite
    .prepare<[number, string], { denominator: number; batch: number }>(
      'SELECT denominator, import_batch_id AS batch FROM metric_snapshots WHERE store_id = ? AND metric_key = ? ORDER BY window_to DESC LIMIT 1',
    )
    .get(storeId, ODR_KEY);
  if (!latest) return;
  const ordersPerDay = Math.max(20, Math.round(latest.denominator / 60));
  const firstDay = addDays(from, -59);
  const counts = new Map<string, { orders: number; defects: number }>();
  // Fractions of a defect carry over to the next day, so a small store still shows its few defects.
  let carried = 0;
  for (let d = 0, day = firstDay; day <= to; d++, day = addDays(firstDay, d)) {
    const ago = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000);
    const orders = Math.round(ordersPerDay * (1 + 0.1 * Math.sin(d / 3)));
    const badWeek = ago >= 45 && ago <= 52;
    carried += orders * (badWeek ? 0.09 : 0.002 + 0.001 * Math.cos(d / 5));
    const defects = Math.floor(carried);
    carried -= defects;
    counts.set(day, { orders, defects });
  }
  const insert = sqlite.prepare(
    'INSERT INTO metric_snapshots (store_id, metric_key, value, numerator, denominator, window_from, window_to, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const [day, c] of counts) insert.run(storeId, dailyCountsKey(ODR_KEY), c.defects / c.orders, c.defects, c.orders, day, day, latest.batch);
  sqlite.prepare('UPDATE import_batches SET row_count = row_count + ? WHERE id = ?').run(counts.size, latest.batch);
  const update = sqlite.prepare(
    `UPDATE metric_snapshots SET value = ?, numerator = ?, denominator = ?, platform_status = ?
     WHERE store_id = ? AND metric_key = ? AND window_to = ? AND import_batch_id = ?`,
  );
  const updateKind = sqlite.prepare('UPDATE metric_snapshots SET value = ? WHERE store_id = ? AND metric_key = ? AND window_to = ? AND import_batch_id = ?');
  for (let index = 0, day = from; day <= to; index++, day = addDays(day, 1)) {
    let defects = 0;
    let orders = 0;
    for (let i = 0; i < 60; i++) {
      const c = counts.get(addDays(day, -i));
      defects += c?.defects ?? 0;
      orders += c?.orders ?? 0;
    }
    const rate = orders > 0 ? defects / orders : 0;
    update.run(rate, defects, orders, rate < 0.01 ? 'GOOD' : 'BAD', storeId, ODR_KEY, day, latest.batch);
    // The kinds of defect must still add up to the orders with a defect (the POA evidence quotes both).
    for (const [kind, count] of Object.entries(splitOrderDefects(defects, index))) updateKind.run(count, storeId, `${ODR_KEY}.${kind}`, day, latest.batch);
  }
}

/**
 * People, targets from the stage templates for the month of the data's last day (and one sales
 * event), an agency's own template, two experiments and one store healing from an ODR breach.
 * No randomness: the demo's other sequences stay what they were.
 */
export function generateDemoPlanning(ctx: CoreContext, period: { from: string; to: string }): DemoPlanningSummary {
  const people = PEOPLE.map((p) => createPerson(ctx, p));
  const owners = Object.fromEntries(people.map((p) => [p.role, p.id])) as Partial<Record<PlanningRole, number>>;
  const custom = copyTemplate(ctx, 'builtin:amazon.mature', 'Amazon · mature (strict ODR)');
  updateTemplate(ctx, custom.id!, { items: custom.items.map((item) => (item.metricKey === ODR_KEY ? { ...item, targetValue: 0.005 } : item)) });

  const rows = ctx.workspace.db.select().from(stores).orderBy(asc(stores.id)).all();
  const recovering = rows.find((s) => s.platform === 'amazon' && s.marketplace === 'US');
  if (recovering) writeOdrRecovery(ctx, recovering.id, period.to, period.from);

  const month = monthOf(period.to);
  let targets = 0;
  rows.slice(0, PLANNED_STORES).forEach((store, index) => {
    // The second and later content people share the content work: alternate them across stores.
    const content = people.filter((p) => p.role === 'content')[index % 2]!.id;
    const applied = applyTemplate(ctx, { templateKey: templateKey(store.platform as Platform, store.stage as StoreStage), storeId: store.id, period: month, owners: { ...owners, content } });
    targets += applied.targets.length;
  });

  const tiktok = rows.filter((s) => s.platform === 'tiktok_shop');
  const event = addDays(period.to, -9);
  const gmv = findMetric('tiktok.gmv')!;
  if (tiktok[0]) {
    const usual = periodValue(ctx, gmv, tiktok[0].id, { from: addDays(event, -28), to: addDays(event, -1) }).value;
    if (usual !== null) {
      setTarget(ctx, { storeId: tiktok[0].id, metricKey: gmv.key, period: event, targetValue: Math.round((usual / 28) * 2), ownerId: owners.account_manager ?? null, weight: 2, label: 'Single-day GMV ×2 on the sales event' });
      targets++;
    }
  }

  let experiments = 0;
  const early = { from: addDays(period.to, -41), to: addDays(period.to, -28) };
  const late = { from: addDays(period.to, -27), to: addDays(period.to, -14) };
  if (tiktok[0]) {
    createExperiment(ctx, {
      title: 'Price shown in the first 3 seconds',
      hypothesis: 'Showing the price before the hook lifts conversion without hurting click-through.',
      metricKey: 'funnel.cvr',
      control: { storeIds: [tiktok[0].id], ...early },
      variant: { storeIds: [tiktok[0].id], ...late },
    });
    experiments++;
  }
  const interest = rows.filter((s) => s.platform === 'shopify' || s.platform === 'other' || s.platform === 'tiktok_shop');
  if (interest.length >= 3) {
    createExperiment(ctx, {
      title: 'Creator-led thumbnails',
      hypothesis: "Thumbnails with the creator's face raise click-through against product-only thumbnails.",
      metricKey: 'funnel.ctr',
      control: { storeIds: [interest[1]!.id], ...late },
      variant: { storeIds: [interest[2]!.id], ...late },
    });
    experiments++;
  }
  return { people: people.length, targets, experiments, recoveringStoreId: recovering?.id ?? null };
}

