import { describe, expect, it } from 'vitest';
import { formatAlertAge } from '../../../../src/renderer/src/pages/alerts/format-alert-age';

const NOW = new Date('2026-11-23T12:00:00Z');
const ago = (milliseconds: number) => new Date(NOW.getTime() - milliseconds).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('how long an alert has waited', () => {
  it('says "3 days ago" after three days and a bit, in whole days rounded down', () => {
    expect(formatAlertAge(ago(3 * DAY + 5 * HOUR), NOW, 'en-US')).toBe('3 days ago');
  });

  it('writes it as Chinese and Japanese managers read it', () => {
    expect(formatAlertAge(ago(3 * DAY), NOW, 'zh-CN')).toBe('3天前');
    expect(formatAlertAge(ago(3 * DAY), NOW, 'ja-JP')).toBe('3 日前');
  });

  it('says "1 day ago" rather than "yesterday", because an alert 25 hours old may have opened two calendar days back', () => {
    expect(formatAlertAge(ago(25 * HOUR), NOW, 'en-US')).toBe('1 day ago');
  });

  it('uses minutes and hours for a fresh alert', () => {
    expect(formatAlertAge(ago(5 * MINUTE), NOW, 'en-US')).toBe('5 minutes ago');
    expect(formatAlertAge(ago(2 * HOUR + 59 * MINUTE), NOW, 'en-US')).toBe('2 hours ago');
  });

  it('says "now" within the first minute and for a time slightly ahead of this clock', () => {
    expect(formatAlertAge(ago(20_000), NOW, 'en-US')).toBe('now');
    expect(formatAlertAge(ago(-30_000), NOW, 'en-US')).toBe('now');
  });

  it('switches to weeks after two weeks, months after two months and years after a year', () => {
    expect(formatAlertAge(ago(13 * DAY), NOW, 'en-US')).toBe('13 days ago');
    expect(formatAlertAge(ago(15 * DAY), NOW, 'en-US')).toBe('2 weeks ago');
    expect(formatAlertAge(ago(75 * DAY), NOW, 'en-US')).toBe('2 months ago');
    expect(formatAlertAge(ago(400 * DAY), NOW, 'en-US')).toBe('1 year ago');
  });

  it('shows a timestamp it cannot read as it came', () => {
    expect(formatAlertAge('not a date', NOW, 'en-US')).toBe('not a date');
  });
});
