import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALERT_FILTERS,
  alertListInput,
  alertsHref,
  narrowsList,
  parseAlertFilters,
  writeAlertFilters,
} from '../../../../src/renderer/src/pages/alerts/alert-filters';

const parse = (query: string) => parseAlertFilters(new URLSearchParams(query));

describe('alert inbox filters in the URL', () => {
  it('reads every filter the overview and the store page link with', () => {
    expect(parse('status=acknowledged&store=7&client=3&metric=amazon.odr_mfn&kind=projected_breach&severity=critical&assignee=Wang%20Fang&snoozed=1')).toEqual({
      status: 'acknowledged',
      storeId: 7,
      clientId: 3,
      metricKey: 'amazon.odr_mfn',
      kind: 'projected_breach',
      severity: 'critical',
      assignee: 'Wang Fang',
      showSnoozed: true,
    });
  });

  it('shows the open alerts without snoozed ones when the URL says nothing, because that is the inbox a manager starts from', () => {
    expect(parse('')).toEqual(DEFAULT_ALERT_FILTERS);
  });

  it('reads an empty assignee as "nobody", because ?assignee= asks for the unassigned alerts', () => {
    expect(parse('assignee=').assignee).toBe('');
    expect(parse('').assignee).toBeUndefined();
  });

  it('drops values a hand-edited link gets wrong instead of sending them to the backend', () => {
    expect(parse('status=closed&store=abc&client=-2&severity=urgent&kind=oops&metric=%20%20')).toEqual(DEFAULT_ALERT_FILTERS);
    expect(parse('store=0').storeId).toBeUndefined();
    expect(parse('store=1.5').storeId).toBeUndefined();
  });

  it('writes back what it reads, so a bookmarked view opens the same', () => {
    const query = 'status=resolved&store=7&client=3&metric=amazon.odr_mfn&kind=breach&severity=warning&assignee=&snoozed=1';
    expect(parse(writeAlertFilters(parse(query)).toString())).toEqual(parse(query));
  });

  it('leaves the default status and absent filters out of the URL', () => {
    expect(writeAlertFilters({ ...DEFAULT_ALERT_FILTERS, severity: 'critical' }).toString()).toBe('severity=critical');
  });

  it('keeps parameters that are not filters, such as the alert open in the drawer', () => {
    const next = writeAlertFilters({ ...DEFAULT_ALERT_FILTERS, kind: 'stale' }, new URLSearchParams('alert=12&severity=info'));
    expect(next.get('alert')).toBe('12');
    expect(next.get('kind')).toBe('stale');
    expect(next.has('severity')).toBe(false);
  });

  it('links from an overview count to the inbox on one severity', () => {
    expect(alertsHref({ severity: 'critical' })).toBe('/alerts?severity=critical');
    expect(alertsHref({})).toBe('/alerts');
  });
});

describe('the alerts.list input of the filters', () => {
  it('hides snoozed alerts from the open list unless asked to show them', () => {
    expect(alertListInput(DEFAULT_ALERT_FILTERS)).toMatchObject({ status: 'open', hideSnoozed: true });
    expect(alertListInput({ ...DEFAULT_ALERT_FILTERS, showSnoozed: true })).toMatchObject({ hideSnoozed: false });
  });

  it('never hides resolved alerts for being snoozed, because a snooze only defers work still to do', () => {
    expect(alertListInput({ ...DEFAULT_ALERT_FILTERS, status: 'resolved' }).hideSnoozed).toBe(false);
    expect(alertListInput({ ...DEFAULT_ALERT_FILTERS, status: 'all' }).hideSnoozed).toBe(false);
  });

  it('passes the unassigned filter on as the empty name the API expects', () => {
    expect(alertListInput({ ...DEFAULT_ALERT_FILTERS, assignee: '' }).assignee).toBe('');
  });

  it('counts the list as narrowed only by filters beyond the status', () => {
    expect(narrowsList({ ...DEFAULT_ALERT_FILTERS, status: 'resolved', showSnoozed: true })).toBe(false);
    expect(narrowsList({ ...DEFAULT_ALERT_FILTERS, assignee: '' })).toBe(true);
  });
});
