import type { Direction } from '@shared/metrics/metric-definition';

/**
 * A weighted score counts a beaten target up to 150 %: one target beaten tenfold must not hide
 * three that were missed.
 */
export const ATTAINMENT_CAP = 1.5;

/**
 * How much of a target the actual value reached: 1 on target, above 1 beyond it. Higher-is-better
 * metrics compare actual ÷ target; lower-is-better ones target ÷ actual, so a defect rate twice the
 * target scores 0.5. A target of zero (no policy complaints) is met in full or not at all.
 */
export function attainment(actual: number | null, target: number, direction: Direction): number | null {
  if (actual === null) return null;
  if (direction === 'higher_is_better') {
    if (target <= 0) return actual >= target ? 1 : 0;
    return Math.max(0, actual) / target;
  }
  if (target <= 0) return actual <= target ? 1 : 0;
  if (actual <= 0) return ATTAINMENT_CAP;
  return target / actual;
}

export interface WeightedItem {
  weight: number;
  attainment: number | null;
}

export interface WeightedAttainment {
  /** Σ weight × min(attainment, cap) ÷ Σ weight over the items with a value; null when none has one. */
  value: number | null;
  /** The weight of the items that had a value, and of those that had none (left out, not counted as 0). */
  weightCounted: number;
  weightMissing: number;
}

/** Targets without data are left out and reported, rather than scored as zero: missing data is not a miss. */
export function weightedAttainment(items: readonly WeightedItem[]): WeightedAttainment {
  let weighted = 0;
  let weightCounted = 0;
  let weightMissing = 0;
  for (const item of items) {
    if (item.weight <= 0) continue;
    if (item.attainment === null) {
      weightMissing += item.weight;
      continue;
    }
    weighted += item.weight * Math.min(item.attainment, ATTAINMENT_CAP);
    weightCounted += item.weight;
  }
  return { value: weightCounted > 0 ? weighted / weightCounted : null, weightCounted, weightMissing };
}
