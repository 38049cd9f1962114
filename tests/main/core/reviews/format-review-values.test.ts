import { describe, expect, it } from 'vitest';
import { reviewFormatter } from '../../../../src/main/core/reviews/format-review-values';

describe('review formatting', () => {
  it('writes rates as percentages with two decimals, because ODR targets sit around 1%', () => {
    expect(reviewFormatter('en-US').metric(0.0085, 'ratio', null)).toBe('0.85%');
    expect(reviewFormatter('zh-CN').metric(0.0085, 'ratio', null)).toBe('0.85%');
  });

  it('writes money in the currency of the value and the conventions of the language', () => {
    expect(reviewFormatter('en-US').metric(1234.5, 'money', 'USD')).toBe('$1,234.50');
    expect(reviewFormatter('ja-JP').metric(18657, 'money', 'JPY')).toBe('￥18,657');
    expect(reviewFormatter('en-US').money(300_000, 'JPY')).toBe('¥300,000');
    expect(reviewFormatter('en-US').money(250_000, 'USD')).toBe('$2,500.00');
  });

  it('writes months and days as a reader of the language expects', () => {
    expect(reviewFormatter('en-US').month('2026-10')).toBe('October 2026');
    expect(reviewFormatter('zh-CN').month('2026-10')).toBe('2026年10月');
    expect(reviewFormatter('ja-JP').date('2026-11-05')).toBe('2026年11月5日');
  });

  it('shows a dash, not zero, for a value that is missing', () => {
    expect(reviewFormatter('en-US').metric(null, 'count', null)).toBe('—');
  });
});
