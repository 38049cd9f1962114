import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeViewFilters } from '../../../../src/renderer/src/pages/matrix/describe-view-filters';
import { DEFAULT_VIEW } from '../../../../src/renderer/src/pages/matrix/matrix-view-state';
import enUS from '../../../../src/renderer/src/i18n/locales/en-US.json';
import zhCN from '../../../../src/renderer/src/i18n/locales/zh-CN.json';
import { row } from './matrix-rows-fixture';

beforeAll(async () => {
  await i18n.init({ resources: { 'en-US': { translation: enUS }, 'zh-CN': { translation: zhCN } }, lng: 'en-US', fallbackLng: 'en-US', interpolation: { escapeValue: false } });
});

const lookups = { rows: [row('Kitsune JP', { clientId: 4, clientName: 'Kitsune Outdoor' })], country: (code: string) => (code === 'JP' ? 'Japan' : code), columnSetName: 'Amazon account health', sortName: 'Worst status' };

describe('the view in words for the export', () => {
  it('always names the column set and the sort, and nothing else when no filter is set', () => {
    expect(describeViewFilters(DEFAULT_VIEW, i18n.getFixedT('en-US'), lookups)).toEqual({
      'Column set': 'Amazon account health',
      'Sort by': 'Worst status (Descending: most urgent first)',
    });
  });

  it('names each filter that is set with its value as the user sees it', () => {
    const view = {
      ...DEFAULT_VIEW,
      search: 'kit',
      groupByClient: true,
      filters: { clientId: 4, platform: 'amazon' as const, marketplace: 'JP' as const, accountManager: '李娜 Li Na', stage: 'growth' as const, statuses: ['watch' as const, 'breach' as const] },
    };
    expect(describeViewFilters(view, i18n.getFixedT('en-US'), lookups)).toMatchObject({
      'Search stores and clients': 'kit',
      Client: 'Kitsune Outdoor',
      Platform: 'Amazon',
      Marketplace: 'Japan (JP)',
      'Account manager': '李娜 Li Na',
      Stage: 'Growth',
      'Worst status': 'Watch, Breach',
      'Group by client': 'Yes',
    });
  });

  it('words it in the export language', () => {
    const view = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, statuses: ['watch' as const, 'breach' as const] } };
    expect(describeViewFilters(view, i18n.getFixedT('zh-CN'), lookups)['最差状态']).toBe('关注、超标');
  });
});
