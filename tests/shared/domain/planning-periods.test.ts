import { describe, expect, it } from 'vitest';
import { periodBounds, quarterOf } from '../../../src/shared/domain/planning';

describe('periodBounds', () => {
  it('covers a whole month, leap days included', () => {
    expect(periodBounds('2028-02')).toEqual({ period: '2028-02', kind: 'month', start: '2028-02-01', end: '2028-02-29' });
  });

  it('covers the three months of a quarter', () => {
    expect(periodBounds('2026-Q4')).toEqual({ period: '2026-Q4', kind: 'quarter', start: '2026-10-01', end: '2026-12-31' });
    expect(periodBounds('2026-Q1')?.end).toBe('2026-03-31');
  });

  it('takes a real day as a one-day event, and refuses a day that does not exist', () => {
    expect(periodBounds('2026-11-11')).toEqual({ period: '2026-11-11', kind: 'event', start: '2026-11-11', end: '2026-11-11' });
    expect(periodBounds('2026-02-30')).toBeNull();
    expect(periodBounds('2026-13')).toBeNull();
    expect(periodBounds('2026-Q5')).toBeNull();
  });
});

describe('quarterOf', () => {
  it('names the quarter a day falls in', () => {
    expect(quarterOf('2026-11-20')).toBe('2026-Q4');
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-06-30')).toBe('2026-Q2');
  });
});
