import { describe, expect, it } from 'vitest';
import { alertState, dayAfter } from '../../../../src/renderer/src/pages/alerts/alert-state';
import { alertValueText } from '../../../../src/renderer/src/pages/alerts/alert-value';

const open = { status: 'open', snoozedUntil: null, resolvedAt: null } as const;

describe('where an alert stands', () => {
  it('is snoozed through the day it is snoozed until, as the inbox hides it through that day', () => {
    expect(alertState({ ...open, snoozedUntil: '2026-11-30' }, '2026-11-30')).toBe('snoozed');
    expect(alertState({ ...open, snoozedUntil: '2026-11-30' }, '2026-12-01')).toBe('open');
  });

  it('shows a snooze before an acknowledgement, because the snooze decides when it comes back', () => {
    expect(alertState({ ...open, status: 'acknowledged', snoozedUntil: '2026-12-01' }, '2026-11-23')).toBe('snoozed');
    expect(alertState({ ...open, status: 'acknowledged' }, '2026-11-23')).toBe('acknowledged');
  });

  it('is resolved once resolved, snoozed or not', () => {
    expect(alertState({ status: 'resolved', snoozedUntil: '2026-12-01', resolvedAt: '2026-11-22T10:00:00Z' }, '2026-11-23')).toBe('resolved');
  });

  it('counts the first day a snooze may end on across a month end', () => {
    expect(dayAfter('2026-11-30')).toBe('2026-12-01');
    expect(dayAfter('2028-02-28')).toBe('2028-02-29');
  });
});

describe('the value an alert fired on', () => {
  it("is written in the metric's unit", () => {
    expect(alertValueText({ metricKey: 'amazon.odr_mfn', value: 0.0125, detail: {} }, 'en-US')).toBe('1.25%');
  });

  it("is the platform's word for a status metric, which has no number", () => {
    expect(alertValueText({ metricKey: 'amazon.account_status', value: null, detail: { platformStatus: 'AT_RISK' } }, 'en-US')).toBe('AT_RISK');
    expect(alertValueText({ metricKey: 'amazon.account_status', value: null, detail: {} }, 'en-US')).toBe('—');
  });
});
