import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/app-error';
import { blockingAlertIds, describeBulkError, issueForField } from '../../../../src/renderer/src/pages/alerts/describe-alert-error';
import enUS from '../../../../src/renderer/src/i18n/locales/en-US.json';
import jaJP from '../../../../src/renderer/src/i18n/locales/ja-JP.json';
import zhCN from '../../../../src/renderer/src/i18n/locales/zh-CN.json';

beforeAll(async () => {
  await i18n.init({
    resources: { 'en-US': { translation: enUS }, 'zh-CN': { translation: zhCN }, 'ja-JP': { translation: jaJP } },
    lng: 'en-US',
    fallbackLng: 'en-US',
    interpolation: { escapeValue: false },
  });
});

const IDS = [11, 12, 13];
const alreadyResolved = (details: AppError['details'], message = 'alert is already resolved') => new AppError('invalid_input', message, details);
const names: Record<number, string> = { 12: 'Order defect rate · Kitsune Amazon JP' };
const nameOf = (id: number) => names[id];

/** What alerts.bulk answers when alerts of the batch are resolved: one issue per offender. */
const resolvedAt = (...indexes: number[]) =>
  alreadyResolved(
    { issues: indexes.map((index) => ({ field: `ids.${index}`, code: 'resolved', message: `alert ${IDS[index]} is already resolved` })) },
    indexes.map((index) => `ids.${index}: alert ${IDS[index]} is already resolved`).join('; '),
  );

describe('which alerts blocked an all-or-nothing bulk action', () => {
  it('maps each issue on ids.<index> to the id at that index of the action, as alerts.bulk reports them', () => {
    expect(blockingAlertIds(resolvedAt(1), IDS)).toEqual([12]);
    expect(blockingAlertIds(resolvedAt(2, 0), IDS)).toEqual([13, 11]);
  });

  it('reads the alerts a not-found error names, one or several', () => {
    expect(blockingAlertIds(new AppError('not_found', 'Alert 13 does not exist', { entity: 'Alert', id: 13 }), IDS)).toEqual([13]);
    expect(blockingAlertIds(new AppError('not_found', 'Alerts 11, 13 do not exist', { entity: 'Alert', ids: [11, 13] }), IDS)).toEqual([11, 13]);
  });

  it('reads an explicit alertId, an alert id in the issue params, or failing all else "alert 12" in the message', () => {
    expect(blockingAlertIds(alreadyResolved({ alertId: 12 }), IDS)).toEqual([12]);
    expect(blockingAlertIds(alreadyResolved({ issues: [{ field: 'id', code: 'resolved', message: 'x', params: { alertId: 11 } }] }), IDS)).toEqual([11]);
    expect(blockingAlertIds(alreadyResolved({ issues: [{ field: 'id', code: 'resolved', message: 'x' }] }, 'id: alert 13 is already resolved'), IDS)).toEqual([13]);
  });

  it('names no alert when the ids it finds are not of the action, because blaming another alert would mislead', () => {
    expect(blockingAlertIds(alreadyResolved({ alertId: 99 }, 'alert 98 is already resolved'), IDS)).toEqual([]);
    expect(blockingAlertIds(new AppError('unavailable', 'The backend stopped'), IDS)).toEqual([]);
  });
});

describe('describing a refused bulk action', () => {
  const resolved = resolvedAt(1);

  it('names the blocking alert and why, and says nothing was changed', () => {
    expect(describeBulkError(i18n.getFixedT('en-US'), resolved, IDS, nameOf)).toBe(
      '“Order defect rate · Kitsune Amazon JP” blocked the action, so no alert was changed: This alert is already resolved.',
    );
  });

  it('says the same in Chinese for the account manager', () => {
    expect(describeBulkError(i18n.getFixedT('zh-CN'), resolved, IDS, nameOf)).toBe(
      '“Order defect rate · Kitsune Amazon JP”无法执行此操作，因此所有预警均未更改：此预警已解决。',
    );
  });

  it('falls back to the alert number when the page does not list that alert', () => {
    expect(describeBulkError(i18n.getFixedT('en-US'), alreadyResolved({ alertId: 13 }), IDS, nameOf)).toContain('“Alert #13” blocked the action');
  });

  it('counts the other blocking alerts after the first', () => {
    expect(describeBulkError(i18n.getFixedT('en-US'), resolvedAt(1, 2), IDS, nameOf)).toBe(
      '“Order defect rate · Kitsune Amazon JP” and 1 other alert blocked the action, so no alert was changed: This alert is already resolved.',
    );
  });

  it('still explains an error that names no alert, with the backend message as the reason', () => {
    expect(describeBulkError(i18n.getFixedT('en-US'), new AppError('unavailable', 'The backend stopped'), IDS, nameOf)).toBe(
      'The action applies to every selected alert or to none: The backend stopped',
    );
  });

  it('translates a snooze day that is not after today', () => {
    const error = new AppError('invalid_input', 'until: must be a day after today', {
      issues: [{ field: 'until', code: 'not_future', message: 'must be a day after today' }],
    });
    expect(describeBulkError(i18n.getFixedT('ja-JP'), error, IDS, nameOf)).toContain('明日以降の日付を選んでください。');
  });
});

describe('finding the issue of one form field', () => {
  it('finds "until" whether the backend nests it under the bulk action or not', () => {
    const nested = new AppError('invalid_input', 'x', { issues: [{ field: 'action.until', code: 'not_future', message: 'x' }] });
    const flat = new AppError('invalid_input', 'x', { issues: [{ field: 'until', code: 'not_future', message: 'x' }] });
    expect(issueForField(nested, 'until')?.code).toBe('not_future');
    expect(issueForField(flat, 'until')?.code).toBe('not_future');
    expect(issueForField(flat, 'assignee')).toBeUndefined();
  });
});
