import { describe, expect, it } from 'vitest';
import { progressBar } from '../../../../src/renderer/src/pages/contracts/target-progress';
import { targetInputFrom, type TargetFormValues } from '../../../../src/renderer/src/pages/contracts/target-form-values';
import { timeLeftParts } from '../../../../src/renderer/src/pages/contracts/sla-time-left';

describe('target progress bar', () => {
  it('fills from 0 to 100 % between baseline and target', () => {
    expect(progressBar(0.456)).toEqual({ percent: 46, worseThanBaseline: false });
    expect(progressBar(1.3)).toEqual({ percent: 100, worseThanBaseline: false });
  });

  it('flags a value below the baseline instead of drawing a negative bar', () => {
    expect(progressBar(-0.2)).toEqual({ percent: 0, worseThanBaseline: true });
  });

  it('has no bar when progress cannot be measured', () => {
    expect(progressBar(null)).toBeNull();
  });
});

describe('KPI target form', () => {
  const values: TargetFormValues = { metricKey: 'amazon.odr_mfn', store: 'all', targetText: '0.5', targetDate: '2026-12-31', baselineMode: 'recapture', baselineText: '' };

  it('reads a rate typed as a percentage as a fraction, because the API keeps rates as fractions', () => {
    const parsed = targetInputFrom(4, values);
    expect(parsed).toEqual({ ok: true, input: { contractId: 4, metricKey: 'amazon.odr_mfn', storeId: null, targetValue: 0.005, targetDate: '2026-12-31', baselineValue: null } });
  });

  it('sends a typed baseline, and omits it to keep the current one', () => {
    const manual = targetInputFrom(4, { ...values, store: '7', baselineMode: 'manual', baselineText: '1,2' });
    expect(manual.ok && manual.input).toMatchObject({ storeId: 7, baselineValue: 0.012 });
    const kept = targetInputFrom(4, { ...values, baselineMode: 'keep' });
    expect(kept.ok && 'baselineValue' in kept.input).toBe(false);
  });

  it('names the field at fault when the target is not a number', () => {
    expect(targetInputFrom(4, { ...values, targetText: 'abc' })).toEqual({ ok: false, field: 'targetText' });
    expect(targetInputFrom(4, { ...values, metricKey: null })).toEqual({ ok: false, field: 'metricKey' });
  });
});

describe('SLA time left', () => {
  it('counts hours and minutes to the due time, and past it as overdue', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(timeLeftParts('2026-11-23T13:20:00Z', now)).toEqual({ overdue: false, hours: 3, minutes: 20 });
    expect(timeLeftParts('2026-11-23T05:00:00Z', now)).toEqual({ overdue: true, hours: 5, minutes: 0 });
  });
});
