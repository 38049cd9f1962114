import { describe, expect, it } from 'vitest';
import { parseThresholdInput, thresholdInputText } from '../../../src/renderer/src/metrics/threshold-input';

describe('typing a threshold for a rate', () => {
  it('reads "1" and "1%" alike as 1%, which the API wants as the fraction 0.01', () => {
    expect(parseThresholdInput('1', 'ratio')).toEqual({ ok: true, value: 0.01 });
    expect(parseThresholdInput('1%', 'ratio')).toEqual({ ok: true, value: 0.01 });
    expect(parseThresholdInput(' 1 % ', 'ratio')).toEqual({ ok: true, value: 0.01 });
  });

  it('keeps 0.85% exactly 0.0085, without float noise', () => {
    expect(parseThresholdInput('0.85%', 'ratio')).toEqual({ ok: true, value: 0.0085 });
    expect(parseThresholdInput('0.07', 'ratio')).toEqual({ ok: true, value: 0.0007 });
  });

  it('accepts a decimal comma and full-width digits from a Chinese or Japanese input method', () => {
    expect(parseThresholdInput('0,85', 'ratio')).toEqual({ ok: true, value: 0.0085 });
    expect(parseThresholdInput('２．５％', 'ratio')).toEqual({ ok: true, value: 0.025 });
  });

  it('treats a blank field as "not set", which is how an optional watch level is left out', () => {
    expect(parseThresholdInput('', 'ratio')).toEqual({ ok: true, value: null });
    expect(parseThresholdInput('   ', 'count')).toEqual({ ok: true, value: null });
  });

  it('refuses text that is not a number', () => {
    expect(parseThresholdInput('abc', 'ratio')).toEqual({ ok: false, code: 'not_a_number' });
    expect(parseThresholdInput('1..2', 'ratio')).toEqual({ ok: false, code: 'not_a_number' });
    expect(parseThresholdInput('%', 'ratio')).toEqual({ ok: false, code: 'not_a_number' });
  });
});

describe('typing a threshold for counts and scores', () => {
  it('takes plain numbers as they are, with thousands separators', () => {
    expect(parseThresholdInput('200', 'score')).toEqual({ ok: true, value: 200 });
    expect(parseThresholdInput('1,000', 'count')).toEqual({ ok: true, value: 1000 });
    expect(parseThresholdInput('2.5', 'hours')).toEqual({ ok: true, value: 2.5 });
  });

  it('refuses a percent sign where the metric is not a rate', () => {
    expect(parseThresholdInput('5%', 'count')).toEqual({ ok: false, code: 'not_a_number' });
  });
});

describe('showing a stored threshold in an input', () => {
  it('writes rates back as the percentage the user typed', () => {
    expect(thresholdInputText(0.0085, 'ratio')).toBe('0.85');
    expect(thresholdInputText(0.95, 'ratio')).toBe('95');
    expect(thresholdInputText(200, 'score')).toBe('200');
    expect(thresholdInputText(null, 'ratio')).toBe('');
  });
});
