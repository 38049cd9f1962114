import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedAgency, seedMoney, type Agency } from '../../../helpers/contract-fixtures';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { dailySeries, seedSnapshots } from '../../../helpers/seed-snapshots';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let agency: Agency;

/** Every day from `from` to `to`, both included. */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`); ms += 86_400_000) out.push(new Date(ms).toISOString().slice(0, 10));
  return out;
}

function seedCounts(storeId: number, metricKey: string, rows: [date: string, numerator: number, denominator: number][]): void {
  const { sqlite } = backend.ctx.workspace;
  const batch = sqlite
    .prepare("INSERT INTO import_batches (source, source_name, actor, created_at, row_count, store_ids) VALUES ('manual', 'counts', 'test', ?, ?, ?)")
    .run(backend.ctx.now().toISOString(), rows.length, JSON.stringify([storeId]));
  const insert = sqlite.prepare('INSERT INTO metric_snapshots (store_id, metric_key, value, numerator, denominator, window_from, window_to, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const [date, numerator, denominator] of rows) insert.run(storeId, metricKey, numerator / denominator, numerator, denominator, date, date, batch.lastInsertRowid);
}

beforeEach(() => {
  // The clock stands at 2026-11-20 09:30 UTC: 2026-11-20 in Los Angeles, day 20 of 30 in November.
  backend = openTestBackend();
  agency = seedAgency(backend);
  seedMoney(backend, agency.usStoreId, 'amazon.ordered_product_sales', 'USD', [
    ...days('2026-10-01', '2026-10-31').map((d): [string, number] => [d, 100_000]),
    ...days('2026-11-01', '2026-11-20').map((d): [string, number] => [d, 120_000]),
  ]);
  seedSnapshots(backend, agency.usStoreId, [{ metricKey: 'amazon.odr_mfn', windowFrom: '2026-09-21', windowTo: '2026-11-19', value: 0.008 }]);
});
afterEach(() => backend.dispose());

function people() {
  const manager = backend.api.call('planning.people.create', { name: 'Wang Fang', role: 'account_manager' });
  const service = backend.api.call('planning.people.create', { name: 'Sato Yui', role: 'customer_service' });
  return { manager, service };
}

describe('applying a stage template', () => {
  it('creates the store targets for the period, growing GMV from the previous 30 days because the template asks for ×1.05', () => {
    const { manager, service } = people();
    const result = backend.api.call('planning.templates.apply', {
      templateKey: 'builtin:amazon.mature', storeId: agency.usStoreId, period: '2026-11', owners: { account_manager: manager.id, customer_service: service.id },
    });
    expect(result.skipped).toEqual([]);
    const gmv = result.targets.find((t) => t.metricKey === 'amazon.ordered_product_sales')!;
    // 2 Oct – 31 Oct: 30 days × $1,000 × 1.05.
    expect(gmv).toMatchObject({ targetValue: 31_500, actualValue: 24_000, ownerName: 'Wang Fang', weight: 3, templateName: 'Amazon · mature', status: 'on_track' });
    expect(gmv.attainment).toBeCloseTo(24_000 / 31_500);
    expect(gmv.pace).toBeCloseTo(24_000 / 31_500 / (20 / 30));
    const odr = result.targets.find((t) => t.metricKey === 'amazon.odr_mfn')!;
    expect(odr).toMatchObject({ targetValue: 0.01, actualValue: 0.008, status: 'on_track', ownerRole: 'customer_service' });
    expect(odr.attainment).toBeCloseTo(1.25);
    expect(result.targets.find((t) => t.metricKey === 'amazon.refund_rate')?.status).toBe('no_data');
  });

  it('skips and names what the store cannot have because a TikTok metric means nothing on Amazon', () => {
    const result = backend.api.call('planning.templates.apply', { templateKey: 'builtin:tiktok_shop.mature', storeId: agency.usStoreId, period: '2026-11' });
    expect(result.skipped.map((s) => s.metricKey)).toEqual(['tiktok.gmv', 'funnel.return_rate', 'tiktok.shop_performance_score', 'tiktok.seller_fault_cancellation_rate']);
    expect(result.targets).toEqual([]);
  });

  it('skips a growth target without data in the period before because there is nothing to grow from', () => {
    const result = backend.api.call('planning.templates.apply', { templateKey: 'builtin:amazon.growth', storeId: agency.usStoreId, period: '2026-11' });
    expect(result.skipped).toContainEqual({ metricKey: 'ads.ctr', reason: 'no data in the period before to grow from' });
    expect(result.targets.map((t) => t.metricKey).sort()).toEqual(['ads.roas', 'amazon.late_shipment_rate']);
  });

  it('replaces the targets on a second application rather than doubling them', () => {
    backend.api.call('planning.templates.apply', { templateKey: 'builtin:amazon.mature', storeId: agency.usStoreId, period: '2026-11' });
    backend.api.call('planning.templates.apply', { templateKey: 'builtin:amazon.mature', storeId: agency.usStoreId, period: '2026-11' });
    expect(backend.api.call('planning.targets.list', { storeId: agency.usStoreId })).toHaveLength(4);
  });

  it('refuses an archived owner and an unknown template, naming the field', () => {
    const { manager } = people();
    backend.api.call('planning.people.archive', { id: manager.id });
    const archived = appErrorOf(() =>
      backend.api.call('planning.templates.apply', { templateKey: 'builtin:amazon.mature', storeId: agency.usStoreId, period: '2026-11', owners: { account_manager: manager.id } }),
    );
    expect(archived.details?.issues?.[0]).toMatchObject({ field: 'owners.account_manager', code: 'archived' });
    const unknown = appErrorOf(() => backend.api.call('planning.templates.apply', { templateKey: 'custom:99', storeId: agency.usStoreId, period: '2026-11' }));
    expect(unknown.details?.issues?.[0]).toMatchObject({ field: 'templateKey', code: 'unknown_template' });
  });

  it('renames a person and changes their role, and refuses an empty name or an unknown person without changing anything', () => {
    const { manager } = people();
    expect(backend.api.call('planning.people.update', { id: manager.id, name: 'Wang Fang (lead)', role: 'ads' })).toMatchObject({ name: 'Wang Fang (lead)', role: 'ads' });
    expect(appErrorOf(() => backend.api.call('planning.people.update', { id: manager.id, name: '  ' })).details?.issues?.[0]).toMatchObject({ field: 'name' });
    expect(appErrorOf(() => backend.api.call('planning.people.update', { id: 9999, name: 'Nobody' })).code).toBe('not_found');
    expect(backend.api.call('planning.people.list').find((p) => p.id === manager.id)).toMatchObject({ name: 'Wang Fang (lead)', role: 'ads' });
  });

  it('copies a shipped template so the agency can edit its own', () => {
    const copy = backend.api.call('planning.templates.copy', { fromKey: 'builtin:amazon.mature', name: 'Kitsune mature' });
    const edited = backend.api.call('planning.templates.update', { id: copy.id!, items: [{ metricKey: 'amazon.odr_mfn', targetValue: 0.005, role: 'customer_service', weight: 1 }] });
    expect(edited).toMatchObject({ key: `custom:${copy.id}`, builtIn: false, items: [{ metricKey: 'amazon.odr_mfn', basis: 'absolute', targetValue: 0.005 }] });
    const clash = appErrorOf(() => backend.api.call('planning.templates.copy', { fromKey: copy.key, name: 'Amazon · mature' }));
    expect(clash.details?.issues?.[0]).toMatchObject({ field: 'name', code: 'duplicate' });
  });
});

describe('period targets', () => {
  it('judges an event-day target on that day alone: single-day GMV ×2', () => {
    const target = backend.api.call('planning.targets.set', {
      storeId: agency.usStoreId, metricKey: 'amazon.ordered_product_sales', period: '2026-11-11', targetValue: 2_000, ownerId: null, weight: 2, label: 'Single-day GMV ×2',
    });
    expect(target).toMatchObject({ periodKind: 'event', periodStart: '2026-11-11', periodEnd: '2026-11-11', actualValue: 1_200, status: 'missed' });
    expect(target.attainment).toBeCloseTo(0.6);
  });

  it('refuses a day that does not exist and a metric the store does not report', () => {
    const badDay = appErrorOf(() =>
      backend.api.call('planning.targets.set', { storeId: agency.usStoreId, metricKey: 'amazon.odr_mfn', period: '2026-02-30', targetValue: 0.01, ownerId: null, weight: 1 }),
    );
    expect(badDay.details?.issues?.[0]).toMatchObject({ field: 'period', code: 'invalid_period' });
    const notHere = appErrorOf(() =>
      backend.api.call('planning.targets.set', { storeId: agency.usStoreId, metricKey: 'tiktok.gmv', period: '2026-11', targetValue: 1, ownerId: null, weight: 1 }),
    );
    expect(notHere.details?.issues?.[0]).toMatchObject({ field: 'metricKey', code: 'not_applicable' });
  });

  it('lists far-off and beaten targets of the quarter for the review, far off first', () => {
    backend.api.call('planning.targets.set', { storeId: agency.usStoreId, metricKey: 'amazon.ordered_product_sales', period: '2026-Q4', targetValue: 200_000, ownerId: null, weight: 1 });
    backend.api.call('planning.targets.set', { storeId: agency.usStoreId, metricKey: 'amazon.odr_mfn', period: '2026-11', targetValue: 0.01, ownerId: null, weight: 1 });
    backend.api.call('planning.targets.set', { storeId: agency.usStoreId, metricKey: 'amazon.ordered_product_sales', period: '2026-11', targetValue: 31_500, ownerId: null, weight: 1 });
    const review = backend.api.call('planning.targets.review', {});
    expect(review).toMatchObject({ quarter: '2026-Q4', dueDate: '2026-12-31' });
    // Q4 so far: $31,000 in October + $24,000 in November = 27.5 % of the target after 51 of 92 days.
    expect(review.items.map((i) => [i.reason, i.target.metricKey, i.target.period])).toEqual([
      ['far_off', 'amazon.ordered_product_sales', '2026-Q4'],
      ['beaten', 'amazon.odr_mfn', '2026-11'],
    ]);
  });
});

describe('scorecards', () => {
  it('weights each person’s targets, leaves those without data out, and scores process and result KPIs apart', () => {
    const { manager, service } = people();
    backend.api.call('planning.templates.apply', {
      templateKey: 'builtin:amazon.mature', storeId: agency.usStoreId, period: '2026-11', owners: { account_manager: manager.id, customer_service: service.id },
    });
    backend.api.call('planning.targets.set', {
      storeId: agency.usStoreId, metricKey: 'amazon.contact_response_24h_rate', period: '2026-11', targetValue: 0.9, ownerId: service.id, weight: 1,
    });
    seedSnapshots(backend, agency.usStoreId, [{ metricKey: 'amazon.contact_response_24h_rate', windowFrom: '2026-08-22', windowTo: '2026-11-19', value: 0.72 }]);
    const card = backend.api.call('planning.scorecards', { period: '2026-11' });
    const wang = card.people.find((p) => p.name === 'Wang Fang')!;
    // GMV (weight 3) at 76.2 %; the health rating (weight 1) has no data and is left out.
    expect(wang.score).toBeCloseTo(24_000 / 31_500);
    expect(wang).toMatchObject({ weightCounted: 3, weightMissing: 1 });
    const sato = card.people.find((p) => p.name === 'Sato Yui')!;
    // ODR (weight 2) at 125 % and response rate (weight 1) at 80 %.
    expect(sato.score).toBeCloseTo((2 * 1.25 + 1 * 0.8) / 3);
    expect(sato.process.score).toBeCloseTo(0.8);
    expect(sato.result.score).toBeCloseTo(1.25);
    expect(card.roles.map((r) => r.role)).toEqual(['account_manager', 'customer_service']);
    expect(card.unowned).toEqual([]);
  });
});

describe('experiments', () => {
  function seedFunnel(from: string, to: string, clicks: number, orders: number): void {
    const dates = days(from, to);
    seedSnapshots(backend, agency.tiktokStoreId, [
      ...dailySeries('funnel.clicks', to, dates.map(() => clicks)),
      ...dailySeries('funnel.orders', to, dates.map(() => orders)),
      ...dailySeries('funnel.cvr', to, dates.map(() => orders / clicks)),
    ]);
  }

  it('tests a conversion-rate change against the weeks before and notes it on the store timeline', () => {
    seedFunnel('2026-10-01', '2026-10-14', 500, 10);
    seedFunnel('2026-10-15', '2026-10-28', 500, 14);
    const experiment = backend.api.call('planning.experiments.create', {
      title: 'Price in the first 3 seconds',
      hypothesis: 'Showing the price early lifts CVR',
      metricKey: 'funnel.cvr',
      control: { storeIds: [agency.tiktokStoreId], from: '2026-10-01', to: '2026-10-14' },
      variant: { storeIds: [agency.tiktokStoreId], from: '2026-10-15', to: '2026-10-28' },
    });
    expect(experiment.result.control).toMatchObject({ successes: 140, trials: 7_000, days: 14 });
    expect(experiment.result.variant).toMatchObject({ successes: 196, trials: 7_000 });
    expect(experiment.result.difference).toBeCloseTo(0.008);
    expect(experiment.result.test).toMatchObject({ kind: 'tested', significant: true });
    const notes = backend.api.call('annotations.list', { storeId: agency.tiktokStoreId });
    expect(notes.map((n) => [n.date, n.text])).toEqual([
      ['2026-10-15', '⚗ Price in the first 3 seconds ▶'],
      ['2026-10-28', '⚗ Price in the first 3 seconds ■'],
    ]);
  });

  it('gives the difference but no test for a metric that is not a rate of counts', () => {
    const experiment = backend.api.call('planning.experiments.create', {
      title: 'Bundles', hypothesis: 'Bundles raise GMV', metricKey: 'amazon.ordered_product_sales',
      control: { storeIds: [agency.usStoreId], from: '2026-10-01', to: '2026-10-31' },
      variant: { storeIds: [agency.usStoreId], from: '2026-11-01', to: '2026-11-20' },
    });
    expect(experiment.result.difference).toBeCloseTo(200);
    expect(experiment.result.test.kind).toBe('not_a_proportion');
    expect(backend.api.call('planning.experiments.decide', { id: experiment.id, decision: 'adopt', note: 'rolled out' })).toMatchObject({ decision: 'adopt', decisionNote: 'rolled out' });
  });
});

describe('recovery plan', () => {
  it('reads the store’s daily counts and dates the ODR recovery against the 1 % breach level', () => {
    // 100 orders a day for 60 days up to 19 Nov, 80 orders with a defect 10 days ago: 80 / 6,000 = 1.33 %.
    const dates = days('2026-09-21', '2026-11-19');
    seedCounts(agency.usStoreId, 'amazon.odr_mfn.daily', dates.map((d): [string, number, number] => [d, d === '2026-11-09' ? 80 : 0, 100]));
    const plan = backend.api.call('planning.recovery', { storeId: agency.usStoreId, metricKey: 'amazon.odr_mfn' });
    expect(plan).toMatchObject({ status: 'recovers', today: '2026-11-19', targetRate: 0.01, windowDays: 60, recoveryDate: '2027-01-08', missingDays: [] });
    expect(plan.current?.rate).toBeCloseTo(80 / 6_000);
  });

  it('says no_counts when the store has no daily counts, and refuses a metric without a rolling window', () => {
    expect(backend.api.call('planning.recovery', { storeId: agency.usStoreId, metricKey: 'amazon.late_shipment_rate' }).status).toBe('no_counts');
    const error = appErrorOf(() => backend.api.call('planning.recovery', { storeId: agency.usStoreId, metricKey: 'amazon.refund_rate' }));
    expect(error.details?.issues?.[0]).toMatchObject({ field: 'metricKey', code: 'not_a_window_rate' });
  });

  it('turns a higher-is-better rate into its defect share: VTR over 95 % is invalid tracking under 5 %', () => {
    const dates = days('2026-10-21', '2026-11-19');
    seedCounts(agency.usStoreId, 'amazon.valid_tracking_rate.daily', dates.map((d): [string, number, number] => [d, d === '2026-11-18' ? 40 : 100, 100]));
    const plan = backend.api.call('planning.recovery', { storeId: agency.usStoreId, metricKey: 'amazon.valid_tracking_rate' });
    // 60 invalid of 3,000 = 2 %: already above the breach level.
    expect(plan.status).toBe('recovered');
    expect(plan.current?.rate).toBeCloseTo(0.98);
  });
});
