import type { MetricStatus } from '@shared/api/kpi-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { fillWords } from '../i18n/export-words';
import { reviewFormatter } from './format-review-values';
import type { ReviewKpi, ReviewModel } from './review-model';
import { REVIEW_WORDS } from './review-words';

const MAX_ITEMS = 3;

interface StoreKpi {
  store: string;
  kpi: ReviewKpi;
}

/** How much better the month is than the previous one, as a share of the previous value; null when not comparable. */
function relativeImprovement({ value, previous, direction }: ReviewKpi): number | null {
  if (value === null || previous === null || previous === 0) return null;
  const change = (value - previous) / Math.abs(previous);
  return direction === 'higher_is_better' ? change : -change;
}

function worstStatus(kpis: readonly ReviewKpi[]): MetricStatus {
  if (kpis.some((kpi) => kpi.status === 'breach')) return 'breach';
  if (kpis.some((kpi) => kpi.status === 'watch')) return 'watch';
  return 'ok';
}

/**
 * The executive summary and the plan for next month as a first draft from the data, in the
 * review's language: health across stores, the biggest improvements and risks, alerts and
 * appeals. The account manager edits them before the review is sent.
 */
export function draftReviewTexts(model: ReviewModel): { executiveSummary: string; nextMonthPlan: string } {
  const words = REVIEW_WORDS[model.language];
  const format = reviewFormatter(model.language);
  const label = (key: string) => findMetric(key)?.labels[model.language] ?? key;
  const withData = model.stores.filter((store) => store.hasData);
  const health = { ok: 0, watch: 0, breach: 0 };
  for (const store of withData) health[worstStatus(store.kpis) as keyof typeof health] += 1;
  const all: StoreKpi[] = model.stores.flatMap((store) => store.kpis.map((kpi) => ({ store: store.name, kpi })));
  const improved = all
    .map((item) => ({ ...item, gain: relativeImprovement(item.kpi) }))
    .filter((item): item is StoreKpi & { gain: number } => item.gain !== null && item.gain > 0)
    .toSorted((a, b) => b.gain - a.gain)
    .slice(0, MAX_ITEMS);
  const risks = all.filter(({ kpi }) => kpi.status === 'breach' || kpi.status === 'watch')
    .toSorted((a, b) => Number(b.kpi.status === 'breach') - Number(a.kpi.status === 'breach'))
    .slice(0, MAX_ITEMS);
  const describe = ({ store, kpi }: StoreKpi) => {
    const now = format.metric(kpi.value, kpi.unit, kpi.currency);
    return `${label(kpi.metricKey)} (${store}, ${kpi.previous === null ? now : `${format.metric(kpi.previous, kpi.unit, kpi.currency)} → ${now}`})`;
  };
  const lines = [
    fillWords(words.draftHealth, { client: model.clientName, stores: model.stores.length, month: format.month(model.month), ...health, noData: model.stores.length - withData.length }),
  ];
  if (improved.length > 0) lines.push(fillWords(words.draftImproved, { items: improved.map(describe).join(words.listSeparator) }));
  lines.push(risks.length > 0 ? fillWords(words.draftRisks, { items: risks.map(describe).join(words.listSeparator) }) : words.draftNoRisks);
  lines.push(fillWords(words.draftAlerts, { opened: model.alertsOpened.length, resolved: model.alertsResolved, poa: model.poaCases.length }));

  const plan = risks.map(({ store, kpi }) => fillWords(words.draftPlanFix, { store, metric: label(kpi.metricKey), value: format.metric(kpi.value, kpi.unit, kpi.currency) }));
  for (const { store, kpi } of all.filter(({ kpi }) => kpi.target !== null && kpi.status !== 'breach').slice(0, MAX_ITEMS)) {
    plan.push(fillWords(words.draftPlanTarget, { store, metric: label(kpi.metricKey), target: format.metric(kpi.target, kpi.unit, kpi.currency) }));
  }
  if (model.alertsOpened.some((alert) => alert.resolvedAt === null) || model.poaCases.some((poa) => poa.decidedAt === null)) plan.push(words.draftPlanAlerts);
  if (plan.length === 0) plan.push(words.draftPlanKeep);
  return { executiveSummary: lines.join('\n'), nextMonthPlan: plan.join('\n') };
}
