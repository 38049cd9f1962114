import { describe, expect, it } from 'vitest';
import { groupStoreMetrics, pickGroup } from '../../../../src/renderer/src/pages/store/group-store-metrics';

const cell = (metricKey: string, status: 'ok' | 'breach' | 'no_data' = 'ok', platformStatus: string | null = null) => ({ metricKey, status, platformStatus });

describe('the store metrics by group', () => {
  const groups = groupStoreMetrics([
    cell('ads.acos'),
    cell('amazon.late_shipment_rate', 'breach'),
    cell('amazon.odr_mfn'),
    cell('amazon.valid_tracking_rate', 'no_data'),
    cell('retired.metric'),
  ]);

  it('keeps catalog order for groups and metrics, whatever order the cells came in', () => {
    expect(groups.map((entry) => entry.group)).toEqual(['amazon_health', 'ads']);
    expect(groups[0]?.withData.map((metric) => metric.key)).toEqual(['amazon.odr_mfn', 'amazon.late_shipment_rate']);
  });

  it('separates applicable metrics without data (listed, not charted) from those with data', () => {
    expect(groups[0]?.withoutData.map((metric) => metric.key)).toEqual(['amazon.valid_tracking_rate']);
  });

  it('shows metrics the platform judges in words by their verdict, since they carry no number to chart', () => {
    const [health] = groupStoreMetrics([cell('amazon.account_status', 'breach', 'AT_RISK'), cell('amazon.odr_mfn')]);
    expect(health?.withData.map((metric) => metric.key)).toEqual(['amazon.odr_mfn']);
    expect(health?.verdicts).toEqual([expect.objectContaining({ status: 'breach', platformStatus: 'AT_RISK', metric: expect.objectContaining({ key: 'amazon.account_status' }) })]);
    expect(pickGroup(groupStoreMetrics([cell('ads.acos', 'no_data'), cell('amazon.account_status')]), null)?.group).toBe('amazon_health');
  });

  it('skips keys the catalog does not know, since nothing could label them', () => {
    expect(groups.flatMap((entry) => [...entry.withData, ...entry.withoutData]).map((metric) => metric.key)).not.toContain('retired.metric');
  });

  it('opens the asked-for group, else the first with data, else the first at all', () => {
    expect(pickGroup(groups, 'ads')?.group).toBe('ads');
    expect(pickGroup(groups, 'funnel')?.group).toBe('amazon_health');
    const nothingYet = groupStoreMetrics([cell('ads.acos', 'no_data'), cell('amazon.odr_mfn', 'no_data'), cell('funnel.cvr')]);
    expect(pickGroup(nothingYet, null)?.group).toBe('funnel');
    expect(pickGroup(groupStoreMetrics([cell('ads.acos', 'no_data')]), null)?.group).toBe('ads');
    expect(pickGroup([], null)).toBeNull();
  });
});
