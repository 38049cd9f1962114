import type { KpiTarget, SetKpiTargetInput } from '@shared/api/agency-contract-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { parseThresholdInput, thresholdInputText } from '../../metrics/threshold-input';

export type BaselineMode = 'keep' | 'recapture' | 'manual';

export interface TargetFormValues {
  metricKey: string | null;
  /** "all" for every covered store together. */
  store: string;
  targetText: string;
  targetDate: string;
  baselineMode: BaselineMode;
  baselineText: string;
}

export type TargetFormError = 'metricKey' | 'targetText' | 'targetDate' | 'baselineText';

export function emptyTargetForm(targetDate: string): TargetFormValues {
  return { metricKey: null, store: 'all', targetText: '', targetDate, baselineMode: 'recapture', baselineText: '' };
}

export function targetFormFrom(target: KpiTarget): TargetFormValues {
  const unit = findMetric(target.metricKey)?.unit ?? 'count';
  return {
    metricKey: target.metricKey,
    store: target.storeId === null ? 'all' : String(target.storeId),
    targetText: thresholdInputText(target.targetValue, unit),
    targetDate: target.targetDate,
    baselineMode: 'keep',
    baselineText: thresholdInputText(target.baselineValue, unit),
  };
}

/** Values in the metric's unit, as typed (percent for rates); the baseline as the API reads "keep", "re-capture" or "typed". */
export function targetInputFrom(contractId: number, values: TargetFormValues): { ok: true; input: SetKpiTargetInput } | { ok: false; field: TargetFormError } {
  if (!values.metricKey) return { ok: false, field: 'metricKey' };
  const unit = findMetric(values.metricKey)?.unit ?? 'count';
  const target = parseThresholdInput(values.targetText, unit);
  if (!target.ok || target.value === null) return { ok: false, field: 'targetText' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.targetDate)) return { ok: false, field: 'targetDate' };
  const input: SetKpiTargetInput = {
    contractId,
    metricKey: values.metricKey,
    storeId: values.store === 'all' ? null : Number(values.store),
    targetValue: target.value,
    targetDate: values.targetDate,
  };
  if (values.baselineMode === 'recapture') input.baselineValue = null;
  if (values.baselineMode === 'manual') {
    const baseline = parseThresholdInput(values.baselineText, unit);
    if (!baseline.ok || baseline.value === null) return { ok: false, field: 'baselineText' };
    input.baselineValue = baseline.value;
  }
  return { ok: true, input };
}
