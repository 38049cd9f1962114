import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../src/shared/api/contract';
import { breachNotices, MAX_SEPARATE_NOTICES } from '../../../src/main/electron/breach-notices';
import { MENU_TEXTS } from '../../../src/main/electron/menu-locale';

type Opened = EventPayload<'alerts.opened'>['alerts'][number];

let nextId = 1;
function alert(storeName: string, kind: Opened['kind'] = 'breach', metricKey = 'amazon.odr_mfn'): Opened {
  return { id: nextId++, storeId: storeName.length, storeName, metricKey, kind, severity: kind === 'breach' ? 'critical' : 'warning' };
}

describe('desktop notices for new alerts', () => {
  it('raises one notice per new breach, naming the store and the metric in the UI language', () => {
    const notices = breachNotices({ alerts: [alert('Northpeak US')], openBreaches: 4 }, MENU_TEXTS['en-US'], 'en-US');
    expect(notices).toEqual([
      { title: 'Breach: Northpeak US', body: 'Order defect rate (seller-fulfilled) crossed its breach level.\n4 open breaches in total.' },
    ]);
  });

  it('speaks Chinese and Japanese, metric labels included', () => {
    const event = { alerts: [alert('山川 US', 'breach', 'amazon.late_shipment_rate')], openBreaches: 1 };
    expect(breachNotices(event, MENU_TEXTS['zh-CN'], 'zh-CN')).toEqual([
      { title: '超标：山川 US', body: '迟发率 已超过超标线。\n目前共有 1 项未解决的超标。' },
    ]);
    expect(breachNotices(event, MENU_TEXTS['ja-JP'], 'ja-JP')[0]?.title).toBe('基準超過: 山川 US');
  });

  it('stays quiet for watch, projected, stale and account status alerts, which wait in the inbox', () => {
    const quiet = ['watch', 'projected_breach', 'stale', 'account_status'] as const;
    expect(breachNotices({ alerts: quiet.map((kind) => alert('A', kind)), openBreaches: 2 }, MENU_TEXTS['en-US'], 'en-US')).toEqual([]);
  });

  it(`sums up more than ${MAX_SEPARATE_NOTICES} breaches in one notice instead of a stack of toasts`, () => {
    const alerts = [alert('Alpha'), alert('Alpha', 'breach', 'amazon.late_shipment_rate'), alert('Bravo'), alert('Charlie'), alert('Delta'), alert('Echo'), alert('Foxtrot', 'watch')];
    const notices = breachNotices({ alerts, openBreaches: 12 }, MENU_TEXTS['en-US'], 'en-US');
    expect(notices).toEqual([{ title: '6 new breaches', body: 'Alpha, Bravo, Charlie and 2 more stores\n12 open breaches in total.' }]);
    expect(breachNotices({ alerts, openBreaches: 12 }, MENU_TEXTS['zh-CN'], 'zh-CN')[0]).toEqual({
      title: '新增 6 项超标',
      body: 'Alpha、Bravo、Charlie 及另外 2 家店铺\n目前共有 12 项未解决的超标。',
    });
  });

  it('names every store of a summary when there are no more than three', () => {
    const alerts = [alert('Alpha'), alert('Alpha', 'breach', 'amazon.late_shipment_rate'), alert('Alpha', 'breach', 'amazon.valid_tracking_rate'), alert('Bravo')];
    expect(breachNotices({ alerts, openBreaches: 4 }, MENU_TEXTS['ja-JP'], 'ja-JP')).toEqual([
      { title: '新たな基準超過 4 件', body: 'Alpha、Bravo\n未解決の基準超過は合計 4 件です。' },
    ]);
  });

  it('shows the metric key when the catalog no longer knows the metric', () => {
    const [notice] = breachNotices({ alerts: [alert('A', 'breach', 'retired.metric')], openBreaches: 1 }, MENU_TEXTS['en-US'], 'en-US');
    expect(notice?.body).toBe('retired.metric crossed its breach level.\n1 open breach in total.');
  });
});
