import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/shared/domain/languages';
import { METRIC_CATALOG, findMetric } from '../../../src/shared/metrics/metric-catalog';

describe('metric catalog', () => {
  it('has unique keys', () => {
    const keys = METRIC_CATALOG.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('labels every metric in zh-CN, en-US and ja-JP', () => {
    for (const metric of METRIC_CATALOG) {
      for (const language of LANGUAGES) expect(metric.labels[language], `${metric.key} ${language}`).toMatch(/\S/);
    }
  });

  it('orders watch before breach in the direction that is worse', () => {
    for (const metric of METRIC_CATALOG) {
      for (const t of metric.thresholds) {
        if (t.watch === null) continue;
        const ordered = metric.direction === 'lower_is_better' ? t.watch < t.breach : t.watch > t.breach;
        expect(ordered, `${metric.key} watch ${t.watch} vs breach ${t.breach}`).toBe(true);
      }
    }
  });

  it('cites a source and an ISO effective date for every threshold', () => {
    for (const metric of METRIC_CATALOG) {
      for (const t of metric.thresholds) {
        expect(t.source.length, metric.key).toBeGreaterThan(10);
        expect(t.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('keeps rates as fractions: ODR breaches at 1% because Amazon targets < 1%', () => {
    expect(findMetric('amazon.odr_mfn')?.thresholds[0]).toMatchObject({ breach: 0.01 });
    for (const metric of METRIC_CATALOG.filter((m) => m.unit === 'ratio')) {
      for (const t of metric.thresholds) expect(t.breach, metric.key).toBeLessThanOrEqual(1);
    }
  });
});
