import { describe, expect, it } from 'vitest';
import { formatMetricValue } from '../../../src/renderer/src/metrics/format-metric-value';
import { defaultThreshold, metricOptions, thresholdMetrics } from '../../../src/renderer/src/metrics/metric-options';

describe('showing a metric level', () => {
  it('shows rates as percentages with up to two decimals', () => {
    expect(formatMetricValue(0.0075, 'ratio', 'en-US')).toBe('0.75%');
    expect(formatMetricValue(0.95, 'ratio', 'en-US')).toBe('95%');
  });

  it('shows counts and scores as plain numbers in the UI language', () => {
    expect(formatMetricValue(1200, 'count', 'en-US')).toBe('1,200');
    expect(formatMetricValue(200, 'score', 'zh-CN')).toBe('200');
  });

  it('shows a missing level as a dash', () => {
    expect(formatMetricValue(null, 'ratio', 'en-US')).toBe('—');
  });
});

describe('metrics a target can be set for', () => {
  it('leaves out status metrics, which the platform judges itself', () => {
    const keys = thresholdMetrics().map((metric) => metric.key);
    expect(keys).toContain('amazon.odr_mfn');
    expect(keys).not.toContain('amazon.account_status');
  });

  it('offers an Amazon store only metrics that exist on Amazon', () => {
    const keys = thresholdMetrics({ platform: 'amazon', marketplace: 'JP' }).map((metric) => metric.key);
    expect(keys).toContain('amazon.late_shipment_rate');
    expect(keys.some((key) => key.startsWith('tiktok.'))).toBe(false);
  });

  it('groups the options by metric group with labels in the UI language', () => {
    const groups = metricOptions(thresholdMetrics({ platform: 'amazon', marketplace: 'US' }), 'zh-CN', (group) => `group:${group}`);
    const health = groups.find((group) => group.group === 'group:amazon_health');
    expect(health?.items).toContainEqual({ value: 'amazon.odr_mfn', label: '订单缺陷率（自配送）' });
  });

  it("knows the catalog's default levels, shown before any override is typed", () => {
    expect(defaultThreshold('amazon.odr_mfn', 'US', '2026-01-01')).toEqual({ watch: 0.0075, breach: 0.01 });
    expect(defaultThreshold('amazon.account_status', 'US', '2026-01-01')).toBeNull();
  });
});
