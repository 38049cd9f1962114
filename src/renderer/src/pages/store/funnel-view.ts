import type { Funnel } from '@shared/api/series-schemas';

/** Whether the store reported any step of the funnel in the range (Amazon stores never do). */
export function hasFunnelData(funnel: Funnel | undefined): funnel is Funnel {
  return funnel !== undefined && funnel.steps.some((step) => step.count !== null);
}

export interface FunnelStepView {
  step: Funnel['steps'][number]['step'];
  count: number | null;
  rateFromPrevious: number | null;
  /** The step before it, whose count the rate divides by; null for the first. */
  previous: Funnel['steps'][number]['step'] | null;
  weakest: boolean;
}

/** Each step with the step it converts from, and whether it is where the funnel leaks most. */
export function funnelSteps(funnel: Funnel): FunnelStepView[] {
  return funnel.steps.map((entry, index) => ({
    ...entry,
    previous: index > 0 ? funnel.steps[index - 1]!.step : null,
    weakest: entry.step === funnel.weakestStep,
  }));
}
