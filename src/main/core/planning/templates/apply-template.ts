import type { ApplyTemplateInput, ApplyTemplateResult, TemplateItem } from '@shared/api/planning-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { MetricDefinition } from '@shared/metrics/metric-definition';
import type { CoreContext } from '../../core-context';
import { addDays, daysBetween } from '../../contracts/calendar-months';
import { appliesTo } from '../../kpi/applicable-metrics';
import { getStore } from '../../stores/store-service';
import { periodValue, type PeriodValue } from '../targets/period-value';
import { assertActiveOwner, getTarget, parsePeriod, upsertTarget } from '../targets/target-service';
import { getTemplate } from './template-service';

/** An event day is compared with the store's average day over the four weeks before it. */
const EVENT_REFERENCE_DAYS = 28;

/** Whole orders and money, rates to a hundredth of a percent: a target reads like one a person typed. */
function rounded(metric: MetricDefinition, value: number): number {
  if (metric.unit === 'count') return Math.ceil(value);
  if (metric.unit === 'money') return Math.round(value);
  if (metric.unit === 'ratio') return Math.round(value * 10_000) / 10_000;
  return Math.round(value * 100) / 100;
}

/** What the store did in the same length of time just before the period, scaled to the period for sums. */
function previousPeriodValue(ctx: CoreContext, metric: MetricDefinition, storeId: number, period: { kind: string; start: string; end: string }): PeriodValue {
  const periodDays = daysBetween(period.start, period.end) + 1;
  const referenceDays = period.kind === 'event' ? EVENT_REFERENCE_DAYS : periodDays;
  const before = periodValue(ctx, metric, storeId, { from: addDays(period.start, -referenceDays), to: addDays(period.start, -1) });
  if (before.value === null || before.method !== 'sum') return before;
  return { ...before, value: (before.value * periodDays) / referenceDays };
}

/**
 * Creates (or replaces) the store's targets for a period from a template: absolute values as they
 * are, multiples of the previous period from the store's own data. Items the store cannot have
 * (a TikTok metric on Amazon, no data to grow from) are skipped and named, not silently dropped.
 */
export function applyTemplate(ctx: CoreContext, input: ApplyTemplateInput): ApplyTemplateResult {
  const ids = ctx.workspace.sqlite.transaction(() => {
    const template = getTemplate(ctx, input.templateKey);
    const store = getStore(ctx, input.storeId);
    const period = parsePeriod(input.period);
    for (const [role, ownerId] of Object.entries(input.owners ?? {})) assertActiveOwner(ctx, ownerId ?? null, `owners.${role}`);
    const skipped: ApplyTemplateResult['skipped'] = [];
    const created: number[] = [];
    const targetFor = (item: TemplateItem, metric: MetricDefinition): number | null => {
      if (item.basis === 'absolute') return item.targetValue;
      const before = previousPeriodValue(ctx, metric, store.id, period).value;
      return before === null ? null : rounded(metric, before * item.targetValue);
    };
    for (const item of template.items) {
      const metric = findMetric(item.metricKey);
      if (!metric || !appliesTo(metric, store)) {
        skipped.push({ metricKey: item.metricKey, reason: `not reported for ${store.platform} ${store.marketplace}` });
        continue;
      }
      const targetValue = targetFor(item, metric);
      if (targetValue === null) {
        skipped.push({ metricKey: item.metricKey, reason: 'no data in the period before to grow from' });
        continue;
      }
      const ownerId = input.owners?.[item.role] ?? null;
      created.push(upsertTarget(ctx, { storeId: store.id, metricKey: item.metricKey, period: period.period, targetValue, ownerId, weight: item.weight, label: null }, template.name));
    }
    return { created, skipped };
  })();
  return { targets: ids.created.map((id) => getTarget(ctx, id)), skipped: ids.skipped };
}
