import { AppError, type FieldIssue } from '@shared/api/app-error';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { MetricDefinition } from '@shared/metrics/metric-definition';

/**
 * The catalog metrics a list of keys names, in order. Refuses unknown and repeated keys, each
 * named by its position (`metricKeys.2`), so the caller can fix all of them at once.
 */
export function catalogMetrics(keys: readonly string[], field = 'metricKeys'): MetricDefinition[] {
  const issues: FieldIssue[] = [];
  const metrics = keys.flatMap((key, index) => {
    const metric = findMetric(key);
    const at = `${field}.${index}`;
    if (!metric) issues.push({ field: at, code: 'unknown_metric', message: `"${key}" is not a metric of the catalog`, params: { key } });
    else if (keys.indexOf(key) !== index) issues.push({ field: at, code: 'duplicate', message: `"${key}" is already listed`, params: { key } });
    return metric ? [metric] : [];
  });
  if (issues.length > 0) throw new AppError('invalid_input', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
  return metrics;
}
