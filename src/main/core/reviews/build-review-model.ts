import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Language } from '@shared/domain/languages';
import type { MetricStatus } from '@shared/api/kpi-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { CoreContext } from '../core-context';
import { monthBounds, previousMonth } from '../contracts/calendar-months';
import { runsDuring } from '../contracts/contract-lifecycle';
import { listContracts } from '../contracts/contract-service';
import { latestStoreValues } from '../contracts/metric-values';
import { alerts, poaCases, stores } from '../db/schema';
import { feeStatement } from '../fees/fee-statement-service';
import { getFunnel } from '../kpi/funnel-service';
import { getMetricSeries } from '../kpi/metric-series';
import { slaCompliance } from '../sla/sla-compliance';
import { getClient } from '../clients/client-service';
import type { ReviewKpi, ReviewModel, ReviewStoreSection } from './review-model';

const MAX_CHARTS_PER_STORE = 3;
const STATUS_WEIGHT: Record<MetricStatus, number> = { breach: 0, watch: 1, stale: 2, ok: 3, no_data: 4 };

interface TargetFacts {
  baseline: number | null;
  target: number;
}

/** Contract targets running in the month, per store and metric; a target over all stores applies to each. */
function targetsFor(ctx: CoreContext, clientId: number, month: string): (storeId: number, metricKey: string) => TargetFacts | null {
  const running = listContracts(ctx, { clientId }).filter((contract) => runsDuring(contract, month));
  const byKey = new Map<string, TargetFacts>();
  for (const contract of running) {
    for (const target of contract.targets) {
      const storeIds = target.storeId !== null ? [target.storeId] : contract.stores.map((store) => store.storeId);
      for (const storeId of storeIds) {
        // A store's own target wins over one for all the contract's stores.
        const key = `${storeId}|${target.metricKey}`;
        if (target.storeId !== null || !byKey.has(key)) byKey.set(key, { baseline: target.baselineValue, target: target.targetValue });
      }
    }
  }
  return (storeId, metricKey) => byKey.get(`${storeId}|${metricKey}`) ?? null;
}

function storeSection(
  ctx: CoreContext,
  store: typeof stores.$inferSelect,
  range: { from: string; to: string },
  previous: { from: string; to: string },
  targetOf: ReturnType<typeof targetsFor>,
): ReviewStoreSection {
  const series = getMetricSeries(ctx, { storeId: store.id, from: range.from, to: range.to });
  const kpis: ReviewKpi[] = [];
  const daily: ReviewStoreSection['daily'] = [];
  for (const one of series) {
    const metric = findMetric(one.metricKey);
    const last = one.points.at(-1);
    if (!metric || !last) continue;
    const before = latestStoreValues(ctx, [store.id], metric.key, previous)[0];
    const target = targetOf(store.id, metric.key);
    kpis.push({
      metricKey: metric.key,
      unit: metric.unit,
      direction: metric.direction,
      currency: one.currency,
      value: last.value,
      previous: before?.value ?? null,
      baseline: target?.baseline ?? null,
      target: target?.target ?? null,
      status: last.status,
    });
    daily.push({ metricKey: metric.key, unit: metric.unit, currency: one.currency, points: one.points });
  }
  const chartKeys = kpis
    .toSorted((a, b) => Number(b.target !== null) - Number(a.target !== null) || STATUS_WEIGHT[a.status] - STATUS_WEIGHT[b.status])
    .slice(0, MAX_CHARTS_PER_STORE)
    .map((kpi) => kpi.metricKey);
  const funnel = getFunnel(ctx, { storeId: store.id, ...range });
  return {
    storeId: store.id,
    name: store.displayName,
    platform: store.platform as ReviewStoreSection['platform'],
    marketplace: store.marketplace as ReviewStoreSection['marketplace'],
    hasData: kpis.length > 0,
    kpis,
    daily,
    chartKeys,
    funnel: funnel.steps.some((step) => step.count !== null) ? funnel : null,
  };
}

/**
 * Gathers what a client's review of a month reports: every active store's KPIs against the
 * previous month and the contract, the alerts, POA cases and SLA items of the month, and the
 * fee statement when asked for. Reads only; nothing is written.
 */
export function buildReviewModel(ctx: CoreContext, input: { clientId: number; month: string; language?: Language; includeFees: boolean }): ReviewModel {
  const client = getClient(ctx, input.clientId);
  const { db } = ctx.workspace;
  const { first: from, last: to } = monthBounds(input.month);
  const before = monthBounds(previousMonth(input.month));
  const clientStores = db
    .select()
    .from(stores)
    .where(and(eq(stores.clientId, client.id), isNull(stores.archivedAt)))
    .orderBy(stores.displayName)
    .all();
  const storeIds = clientStores.map((store) => store.id);
  const storeNames = new Map(clientStores.map((store) => [store.id, store.displayName]));
  const targetOf = targetsFor(ctx, client.id, input.month);
  const monthStart = `${from}T00:00:00.000Z`;
  const monthEnd = `${to}T23:59:59.999Z`;
  const monthAlerts = storeIds.length === 0 ? [] : db
    .select()
    .from(alerts)
    .where(and(inArray(alerts.storeId, storeIds), or(and(gte(alerts.openedAt, monthStart), lte(alerts.openedAt, monthEnd)), and(gte(alerts.resolvedAt, monthStart), lte(alerts.resolvedAt, monthEnd)))))
    .orderBy(alerts.openedAt)
    .all();
  const opened = monthAlerts.filter((alert) => alert.openedAt >= monthStart && alert.openedAt <= monthEnd);
  const cases = storeIds.length === 0 ? [] : db
    .select()
    .from(poaCases)
    .where(and(inArray(poaCases.storeId, storeIds), or(and(gte(poaCases.noticeDate, from), lte(poaCases.noticeDate, to)), and(gte(poaCases.decidedAt, monthStart), lte(poaCases.decidedAt, monthEnd)))))
    .orderBy(poaCases.noticeDate)
    .all();
  const sla = slaCompliance(ctx, { clientId: client.id, month: input.month });
  return {
    clientId: client.id,
    clientName: client.name,
    month: input.month,
    from,
    to,
    language: input.language ?? client.language,
    preparedOn: ctx.now().toISOString().slice(0, 10),
    stores: clientStores.map((store) => storeSection(ctx, store, { from, to }, { from: before.first, to: before.last }, targetOf)),
    alertsOpened: opened.map((alert) => ({
      storeName: storeNames.get(alert.storeId) ?? '',
      metricKey: alert.metricKey,
      severity: alert.severity,
      openedAt: alert.openedAt,
      resolvedAt: alert.resolvedAt,
    })),
    alertsResolved: monthAlerts.filter((alert) => alert.resolvedAt !== null && alert.resolvedAt >= monthStart && alert.resolvedAt <= monthEnd).length,
    poaCases: cases.map((poa) => ({
      storeName: storeNames.get(poa.storeId) ?? '',
      caseType: poa.caseType,
      status: poa.status,
      noticeDate: poa.noticeDate,
      decidedAt: poa.decidedAt,
    })),
    sla: sla.items.length > 0 ? sla : null,
    fees: input.includeFees ? feeStatement(ctx, { clientId: client.id, month: input.month }) : null,
  };
}
