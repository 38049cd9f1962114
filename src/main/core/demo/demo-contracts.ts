import { and, asc, eq } from 'drizzle-orm';
import { contractInputSchema, type ContractInput, type SlaTerm } from '@shared/api/agency-contract-schemas';
import type { ContractTier } from '@shared/domain/agency-contracts';
import type { Currency } from '@shared/domain/currencies';
import type { Language } from '@shared/domain/languages';
import type { Platform } from '@shared/domain/stores';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { Direction } from '@shared/metrics/metric-definition';
import { alertActions } from '../alerts/alert-actions';
import type { CoreContext } from '../core-context';
import { clients, slaItems, stores } from '../db/schema';
import { addDays, monthOf, monthsFromTo, nextMonth, previousMonth } from '../contracts/calendar-months';
import { createContract } from '../contracts/contract-service';
import { captureBaseline, setKpiTarget } from '../contracts/kpi-target-service';
import { setFxRate } from '../fees/fx-rate-service';
import { closeSlaItem, openHourlyItem, openMonthlyReviewItem, type ItemContract } from '../sla/sla-item-lifecycle';
import { instantOfWallClock } from '../sla/zoned-time';
import type { SeededRandom } from './seeded-random';

export interface DemoContractsSummary {
  contracts: number;
  slaItems: number;
  fxRates: number;
}

/** Where each client's account team sits, and when its office is open. */
const OFFICES: Record<Language, { timeZone: string; start: string; end: string }> = {
  'zh-CN': { timeZone: 'Asia/Shanghai', start: '09:30', end: '18:30' },
  'ja-JP': { timeZone: 'Asia/Tokyo', start: '09:00', end: '18:00' },
  'en-US': { timeZone: 'America/Los_Angeles', start: '09:00', end: '17:00' },
};
const TIERS: ContractTier[] = ['full_management', 'monitoring_only', 'crisis_handling', 'full_management'];
/** A fee in the client's currency: whole thousands (CNY, USD) or ten-thousands (JPY) in major units. */
const BASE_FEE_STEPS: Partial<Record<Currency, { step: number; min: number; max: number }>> = {
  CNY: { step: 100_000, min: 15, max: 40 },
  USD: { step: 100_000, min: 2, max: 6 },
  JPY: { step: 10_000, min: 20, max: 60 },
};
/** A reduction clause's fixed amount: ¥10,000, ¥500, $100. */
const FIXED_REDUCTION: Partial<Record<Currency, number>> = { JPY: 10_000, CNY: 50_000, USD: 10_000 };
/** KPIs a contract promises to move, by the platform of the store. */
const TARGET_METRICS: Record<Platform, string[]> = {
  amazon: ['amazon.odr_mfn', 'amazon.valid_tracking_rate'],
  tiktok_shop: ['tiktok.late_dispatch_rate'],
  shopify: ['funnel.cvr'],
  other: ['funnel.cvr'],
};

/** A target a client would sign: 40 % less of a defect, a quarter more of a good rate (half the way to 100 % at most). */
function improvedTarget(baseline: number, direction: Direction): number {
  const target = direction === 'lower_is_better' ? baseline * 0.6 : Math.min(baseline * 1.25, baseline + (1 - baseline) * 0.5);
  return Number(target.toPrecision(2));
}

type DemoStore = { id: number; platform: Platform };

function termsFor(tier: ContractTier): SlaTerm[] {
  const crisis = tier === 'crisis_handling';
  return [
    crisis ? { kind: 'alert_acknowledge', hours: 2, clock: 'calendar' } : { kind: 'alert_acknowledge', hours: 4, clock: 'business' },
    { kind: 'poa_delivery', hours: crisis ? 12 : 24, clock: 'calendar' },
    { kind: 'monthly_review', dayOfMonth: tier === 'monitoring_only' ? 7 : 5 },
    { kind: 'client_request', hours: 8, clock: 'business' },
  ];
}

function feeClauses(first: DemoStore, currency: Currency): ContractInput['feeClauses'] {
  if (first.platform !== 'amazon') {
    return [{ metricKey: 'funnel.cvr', storeId: null, condition: 'gte', threshold: 0.02, effect: 'bonus', amount: { type: 'percent_of_base', bps: 300 } }];
  }
  return [
    { metricKey: 'amazon.odr_mfn', storeId: first.id, condition: 'lte', threshold: 0.005, effect: 'bonus', amount: { type: 'percent_of_base', bps: 500 } },
    { metricKey: 'amazon.valid_tracking_rate', storeId: first.id, condition: 'lt', threshold: 0.95, effect: 'reduction', amount: { type: 'fixed', amountMinor: FIXED_REDUCTION[currency] ?? 10_000 } },
  ];
}

/** The same context with its clock set to a moment of the demo's past, to replay history through the real services. */
function at(ctx: CoreContext, ms: number): CoreContext {
  return { ...ctx, now: () => new Date(ms) };
}

/**
 * Replays a contract's past on the SLA clock: each month's review delivered on a day of the next
 * month (late now and then), and a few client requests answered within hours (not always in
 * time). Breach alerts of all but the last few weeks were resolved after a talk with the client.
 */
type ReplayedContract = ItemContract & { startDate: string; dayOfMonth: number; requestTerm: Exclude<SlaTerm, { kind: 'monthly_review' }> };

const REQUESTS = ['Why did sessions drop last week?', 'Please send the ad spend breakdown', 'Can we pause the clearance listings?', 'Status of the A-to-z claims?'];

function replayHistory(ctx: CoreContext, rng: SeededRandom, contract: ReplayedContract, lastDay: string, nowMs: number): void {
  for (const month of monthsFromTo(monthOf(contract.startDate), previousMonth(monthOf(lastDay)))) {
    const following = nextMonth(month);
    // Most reviews go out a day or two before the deadline; one in five is a few days late.
    const day = rng.next() < 0.2 ? contract.dayOfMonth + rng.int(1, 3) : rng.int(2, contract.dayOfMonth);
    const deliveredAt = instantOfWallClock(`${following}-${String(day).padStart(2, '0')}`, rng.int(10, 17) * 60, contract.timeZone);
    if (deliveredAt >= nowMs) continue;
    const item = openMonthlyReviewItem(at(ctx, instantOfWallClock(`${following}-01`, 0, contract.timeZone)), contract, contract.dayOfMonth, month);
    closeSlaItem(at(ctx, deliveredAt), item, new Date(deliveredAt).toISOString());
  }
  const requests = rng.int(2, 4);
  for (let r = 0; r < requests; r++) {
    const day = addDays(contract.startDate, rng.int(1, 40) + r * 20);
    if (day >= lastDay) break;
    const askedAt = instantOfWallClock(day, rng.int(10, 15) * 60, contract.timeZone);
    // Mostly answered within the day; now and then it waits for days.
    const answeredAt = askedAt + rng.between(1, rng.next() < 0.25 ? 60 : 6) * 3_600_000;
    const title = rng.pick(REQUESTS);
    if (askedAt >= nowMs) continue;
    const item = openHourlyItem(at(ctx, askedAt), contract, contract.requestTerm, null, { type: 'request', title }, new Date(askedAt).toISOString());
    if (answeredAt < nowMs) closeSlaItem(at(ctx, answeredAt), item, new Date(answeredAt).toISOString());
  }
  const breached = ctx.workspace.db
    .select({ alertId: slaItems.breachAlertId, breachedAt: slaItems.breachedAt })
    .from(slaItems)
    .where(and(eq(slaItems.contractId, contract.id), eq(slaItems.status, 'breached')))
    .all();
  // One alert may stand for several breached items of a store: it is settled after the last of them.
  const lastBreach = new Map<number, number>();
  for (const { alertId, breachedAt } of breached) {
    if (alertId !== null) lastBreach.set(alertId, Math.max(lastBreach.get(alertId) ?? 0, Date.parse(breachedAt ?? '')));
  }
  for (const [alertId, breachedAt] of lastBreach) {
    const resolvedAt = breachedAt + 3 * 86_400_000;
    if (resolvedAt < nowMs - 14 * 86_400_000) alertActions.resolve(at(ctx, resolvedAt), alertId, 'Discussed with the client in the weekly call');
  }
}

/** USD→CNY, USD→JPY and JPY→CNY for every month of the demo, drifting a little month to month. */
function demoFxRates(ctx: CoreContext, rng: SeededRandom, from: string, to: string): number {
  let count = 0;
  for (const month of monthsFromTo(monthOf(from), monthOf(to))) {
    const usdCny = Number(rng.between(7.08, 7.3).toFixed(4));
    const usdJpy = Number(rng.between(145, 156).toFixed(2));
    for (const [currency, quoteCurrency, rate] of [
      ['USD', 'CNY', usdCny],
      ['USD', 'JPY', usdJpy],
      ['JPY', 'CNY', Number((usdCny / usdJpy).toFixed(6))],
    ] as const) {
      setFxRate(ctx, { month, currency, quoteCurrency, rate });
      count++;
    }
  }
  return count;
}

/**
 * Contracts for most demo clients (every fourth goes without): full management, monitoring or
 * crisis handling over all the client's stores, KPI targets with baselines captured from the
 * demo snapshots, fee clauses, SLA terms and a past on the clock; the first client also has an
 * expired contract, the second one due for renewal. Draws on its own random sequence, so the
 * demo's snapshots stay what they were.
 */
export function generateDemoContracts(ctx: CoreContext, rng: SeededRandom, period: { from: string; to: string }): DemoContractsSummary {
  const { db } = ctx.workspace;
  const nowMs = ctx.now().getTime();
  const demoClients = db.select().from(clients).orderBy(asc(clients.id)).all();
  let contractCount = 0;
  for (const [index, client] of demoClients.entries()) {
    if (index % 4 === 3) continue;
    const clientStores = db.select({ id: stores.id, platform: stores.platform }).from(stores).where(eq(stores.clientId, client.id)).orderBy(asc(stores.id)).all() as DemoStore[];
    if (clientStores.length === 0) continue;
    const currency = client.reportingCurrency as Currency;
    const office = OFFICES[client.language as Language];
    const tier = TIERS[index % TIERS.length]!;
    const fee = BASE_FEE_STEPS[currency] ?? { step: 100_000, min: 2, max: 6 };
    const startDate = addDays(period.from, 7);
    const base = {
      clientId: client.id,
      tier,
      currency,
      timeZone: office.timeZone,
      businessHours: { days: [1, 2, 3, 4, 5], start: office.start, end: office.end },
      storeIds: clientStores.map((s) => s.id),
      baseFeeMinor: rng.int(fee.min, fee.max) * fee.step,
    };
    if (index === 0) {
      createContract(ctx, contractInputSchema.parse({ ...base, name: 'Monitoring (first year)', tier: 'monitoring_only', startDate: addDays(startDate, -365), endDate: addDays(startDate, -1), commissionBps: 0 }));
      contractCount++;
    }
    const endDate = index === 1 ? addDays(period.to, 20) : addDays(startDate, 364);
    const contract = createContract(
      ctx,
      contractInputSchema.parse({
        ...base,
        name: `${tier === 'crisis_handling' ? 'Crisis handling' : tier === 'monitoring_only' ? 'Monitoring' : 'Full management'} ${startDate.slice(0, 4)}`,
        startDate,
        endDate,
        noticePeriodDays: 30,
        renewalTerms: 'Renews for 12 months unless either side gives notice',
        commissionBps: tier === 'monitoring_only' ? 0 : rng.pick([50, 100, 150, 200]),
        slaTerms: termsFor(tier),
        feeClauses: feeClauses(clientStores[0]!, currency),
        exitTerms: 'Listings, reports and account access handed back within 14 days',
        handoverNotes: 'Export the imports history and the POA archive for the client',
      }),
    );
    contractCount++;
    for (const store of clientStores.slice(0, 2)) {
      for (const metricKey of TARGET_METRICS[store.platform]) {
        const metric = findMetric(metricKey)!;
        const baseline = captureBaseline(ctx, metric, [store.id], startDate).value;
        if (baseline === null) continue;
        const targetValue = improvedTarget(baseline, metric.direction);
        setKpiTarget(ctx, { contractId: contract.id, metricKey, storeId: store.id, targetValue, targetDate: addDays(startDate, 182), note: null });
      }
    }
    const review = contract.slaTerms.find((t) => t.kind === 'monthly_review');
    const requestTerm = contract.slaTerms.find((t) => t.kind === 'client_request');
    if (review?.kind === 'monthly_review' && requestTerm?.kind === 'client_request') {
      replayHistory(ctx, rng, { ...contract, dayOfMonth: review.dayOfMonth, requestTerm }, period.to, nowMs);
    }
  }
  const fxRates = demoFxRates(ctx, rng, period.from, period.to);
  const slaItemCount = db.select({ id: slaItems.id }).from(slaItems).all().length;
  return { contracts: contractCount, slaItems: slaItemCount, fxRates };
}
