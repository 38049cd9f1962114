/** Successes out of trials: orders out of clicks for a conversion rate. */
export interface Proportion {
  successes: number;
  trials: number;
}

export type ProportionTest =
  | { kind: 'tested'; difference: number; z: number; pValue: number; significant: boolean }
  | { kind: 'insufficient'; difference: number | null; reason: string };

/** The usual 5 % level: a difference this unlikely under "no difference" is called significant. */
export const SIGNIFICANCE_LEVEL = 0.05;
/**
 * The normal approximation behind the test holds only with at least this many successes and
 * failures in each group (the textbook n·p ≥ 5 rule).
 */
export const MIN_EXPECTED_COUNT = 5;

// Abramowitz & Stegun 7.1.26: |error| < 1.5e-7, plenty for a p-value shown with two digits.
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const y = 1 - poly * Math.exp(-x * x);
  return x >= 0 ? y : -y;
}

export function standardNormalCdf(z: number): number {
  return 0.5 * (1 + erf(z / Math.SQRT2));
}

/**
 * Two-proportion z-test (pooled), variant against control, two-sided. Answers "insufficient" rather
 * than a misleading p-value when a group is empty or has fewer than 5 successes or failures.
 */
export function twoProportionTest(control: Proportion, variant: Proportion): ProportionTest {
  if (control.trials <= 0 || variant.trials <= 0) {
    return { kind: 'insufficient', difference: null, reason: 'a group has no trials' };
  }
  const p1 = control.successes / control.trials;
  const p2 = variant.successes / variant.trials;
  const difference = p2 - p1;
  const small = [control, variant].some((g) => g.successes < MIN_EXPECTED_COUNT || g.trials - g.successes < MIN_EXPECTED_COUNT);
  if (small) return { kind: 'insufficient', difference, reason: `each group needs at least ${MIN_EXPECTED_COUNT} successes and ${MIN_EXPECTED_COUNT} failures` };
  const pooled = (control.successes + variant.successes) / (control.trials + variant.trials);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / control.trials + 1 / variant.trials));
  const z = difference / standardError;
  const pValue = 2 * (1 - standardNormalCdf(Math.abs(z)));
  return { kind: 'tested', difference, z, pValue, significant: pValue < SIGNIFICANCE_LEVEL };
}
