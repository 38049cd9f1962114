import { AppError, type FieldIssue } from '@shared/api/app-error';
import { setThresholdInputSchema, type SetThresholdInput } from '@shared/api/threshold-schemas';
import { zodFieldIssues } from '@shared/api/zod-field-issues';
import { findMetric } from '@shared/metrics/metric-catalog';
import { parseThresholdInput } from '../../../metrics/threshold-input';

export type TargetScope = SetThresholdInput['scope'];

export interface TargetFormValues {
  metricKey: string | null;
  /** As typed: percentages for ratios ("1" or "1%" is 1%), plain numbers otherwise. */
  watch: string;
  breach: string;
  effectiveFrom: string;
  note: string;
}

export const TARGET_FORM_FIELDS = ['metricKey', 'watch', 'breach', 'effectiveFrom', 'note'] as const satisfies readonly (keyof TargetFormValues)[];

export function emptyTargetForm(today: string): TargetFormValues {
  return { metricKey: null, watch: '', breach: '', effectiveFrom: today, note: '' };
}

/**
 * Reads the typed levels in the metric's unit and checks the rest with the contract's schema.
 * Whether watch and breach are in the right order, and in range, the backend decides: its
 * issues land under the fields like any other.
 */
export function parseTargetForm(
  values: TargetFormValues,
  scope: TargetScope,
): { ok: true; input: SetThresholdInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const metric = values.metricKey ? findMetric(values.metricKey) : undefined;
  if (!metric) issues.push({ field: 'metricKey', code: 'required', message: 'is required' });
  const unit = metric?.unit ?? 'count';
  const watch = parseThresholdInput(values.watch, unit);
  const breach = parseThresholdInput(values.breach, unit);
  if (!watch.ok) issues.push({ field: 'watch', code: watch.code, message: 'is not a number' });
  if (!breach.ok) issues.push({ field: 'breach', code: breach.code, message: 'is not a number' });
  else if (breach.value === null) issues.push({ field: 'breach', code: 'required', message: 'is required' });

  const raw = {
    scope,
    metricKey: values.metricKey ?? '',
    watch: watch.ok ? watch.value : null,
    breach: breach.ok && breach.value !== null ? breach.value : 0,
    effectiveFrom: values.effectiveFrom,
    note: values.note,
  };
  const parsed = setThresholdInputSchema.safeParse(raw);
  if (!parsed.success) {
    const known = new Set(issues.map((issue) => issue.field));
    issues.push(...zodFieldIssues(parsed.error, raw).filter((issue) => !known.has(issue.field)));
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, input: parsed.data };
}

/**
 * The backend says only that watch and breach are in the wrong order; the metric's direction
 * says which way round they belong, so the message under the field can say "below" or "above".
 */
export function withDirectionalOrderIssue(error: AppError, metricKey: string | null): AppError {
  const direction = metricKey ? findMetric(metricKey)?.direction : undefined;
  const issues = error.details?.issues;
  if (!direction || !issues?.some((issue) => issue.code === 'order')) return error;
  const directional = issues.map((issue) => (issue.code === 'order' ? { ...issue, code: `order_${direction}` } : issue));
  return new AppError(error.code, error.message, { ...error.details, issues: directional });
}
