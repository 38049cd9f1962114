import { describe, expect, it } from 'vitest';
import { alertDetailEntries } from '../../../../src/renderer/src/pages/alerts/alert-detail-entries';

describe("the facts of an alert's detail", () => {
  it('shows days to breach as days, because a projected breach is about when', () => {
    expect(alertDetailEntries({ daysToBreach: 7 })).toEqual([{ key: 'daysToBreach', name: 'daysToBreach', kind: 'days', value: 7 }]);
  });

  it("shows thresholds in the metric's unit and flattens a nested threshold", () => {
    expect(alertDetailEntries({ threshold: { watch: 0.008, breach: 0.01, origin: 'platform_report' } })).toEqual([
      { key: 'threshold.watch', name: 'watch', kind: 'level', value: 0.008 },
      { key: 'threshold.breach', name: 'breach', kind: 'level', value: 0.01 },
      { key: 'threshold.origin', name: 'origin', kind: 'origin', value: 'platform_report' },
    ]);
  });

  it("keeps the platform's own status word as text", () => {
    expect(alertDetailEntries({ platformStatus: 'AT_RISK' })).toEqual([{ key: 'platformStatus', name: 'platformStatus', kind: 'text', value: 'AT_RISK' }]);
  });

  it('leaves out empty values and shows an origin it does not know as text', () => {
    expect(alertDetailEntries({ platformStatus: null, note: '  ', origin: 'somewhere' })).toEqual([{ key: 'origin', name: 'origin', kind: 'text', value: 'somewhere' }]);
  });

  it('has nothing to show for an alert without detail', () => {
    expect(alertDetailEntries(null)).toEqual([]);
    expect(alertDetailEntries({})).toEqual([]);
  });
});
