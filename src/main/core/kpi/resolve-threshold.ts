import type { Marketplace } from '@shared/domain/marketplaces';
import type { StoreStage } from '@shared/domain/stores';
import type { MetricDefinition, ThresholdVersion } from '@shared/metrics/metric-definition';

export type ThresholdOrigin = 'platform_report' | 'catalog' | 'marketplace' | 'contract' | 'override';

export interface ResolvedThreshold {
  watch: number | null;
  breach: number;
  origin: ThresholdOrigin;
  source: string;
  effectiveFrom: string | null;
}

/** A target set by a client contract or a store override (both edited by users). */
export interface UserThreshold {
  watch: number | null;
  breach: number;
  note: string;
  effectiveFrom: string;
}

export interface ThresholdContext {
  marketplace: Marketplace;
  stage: StoreStage;
  /** Day the snapshot describes (YYYY-MM-DD): rules are judged as they were on that day. */
  date: string;
  contract?: UserThreshold;
  override?: UserThreshold;
}

function specificity(version: ThresholdVersion): number {
  return (version.marketplace ? 2 : 0) + (version.stage ? 1 : 0);
}

/** The catalog version in force on `date` for this marketplace and stage, the most specific first. */
export function catalogThreshold(
  metric: MetricDefinition,
  ctx: Pick<ThresholdContext, 'marketplace' | 'stage' | 'date'>,
): ThresholdVersion | null {
  const candidates = metric.thresholds.filter(
    (v) =>
      v.effectiveFrom <= ctx.date &&
      (!v.marketplace || v.marketplace === ctx.marketplace) &&
      (!v.stage || v.stage === ctx.stage),
  );
  candidates.sort((a, b) => specificity(b) - specificity(a) || b.effectiveFrom.localeCompare(a.effectiveFrom));
  return candidates[0] ?? null;
}

/**
 * Resolution order: platform default → marketplace → client contract → store override. A user
 * threshold only applies from its own effective date, so history is judged by the rules of its day.
 */
export function resolveThreshold(metric: MetricDefinition, ctx: ThresholdContext): ResolvedThreshold | null {
  for (const [user, origin] of [
    [ctx.override, 'override'],
    [ctx.contract, 'contract'],
  ] as const) {
    if (user && user.effectiveFrom <= ctx.date) {
      return { watch: user.watch, breach: user.breach, origin, source: user.note, effectiveFrom: user.effectiveFrom };
    }
  }
  const version = catalogThreshold(metric, ctx);
  if (!version) return null;
  return {
    watch: version.watch,
    breach: version.breach,
    origin: version.marketplace ? 'marketplace' : 'catalog',
    source: version.source,
    effectiveFrom: version.effectiveFrom,
  };
}
