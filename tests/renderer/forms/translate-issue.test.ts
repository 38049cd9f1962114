import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { translateIssue } from '../../../src/renderer/src/forms/translate-issue';
import enUS from '../../../src/renderer/src/i18n/locales/en-US.json';
import zhCN from '../../../src/renderer/src/i18n/locales/zh-CN.json';

beforeAll(async () => {
  await i18n.init({
    resources: { 'en-US': { translation: enUS }, 'zh-CN': { translation: zhCN } },
    lng: 'en-US',
    fallbackLng: 'en-US',
    interpolation: { escapeValue: false },
  });
});

const duplicate = {
  field: 'sellerId',
  code: 'duplicate',
  message: 'amazon JP seller id A1 is already used by store "Lumora JP" of client "Lumora Home"',
  params: { store: 'Lumora JP', client: 'Lumora Home' },
};

describe('translating field issues', () => {
  it('names the store and client that already hold a duplicate seller id', () => {
    expect(translateIssue(i18n.t, duplicate)).toBe('Already used by store “Lumora JP” of client “Lumora Home”.');
  });

  it('says the same in Chinese when the UI is Chinese', () => {
    expect(translateIssue(i18n.getFixedT('zh-CN'), duplicate)).toBe('已被客户“Lumora Home”的店铺“Lumora JP”使用。');
  });

  it('finds the field-specific message under an update procedure\'s "patch." prefix', () => {
    const issue = { field: 'patch.contactEmail', code: 'invalid_format', message: 'is not a valid e-mail address' };
    expect(translateIssue(i18n.t, issue)).toMatch(/valid e-mail address/);
  });

  it('falls back to the generic message for the code, with its parameters', () => {
    const issue = { field: 'name', code: 'too_big', message: 'too long', params: { maximum: 120 } };
    expect(translateIssue(i18n.t, issue)).toBe('Use at most 120 characters.');
  });

  it('tells a wrongly ordered watch level which way round it belongs, in the UI language', () => {
    const issue = { field: 'watch', code: 'order_lower_is_better', message: 'the watch level must be below the breach level' };
    expect(translateIssue(i18n.t, issue)).toBe('Lower is better here: set the watch level below the breach level.');
    expect(translateIssue(i18n.getFixedT('zh-CN'), issue)).toBe('此指标越低越好：关注水平应低于违规水平。');
  });

  it('translates a rate typed outside 0–100% under the breach field', () => {
    expect(translateIssue(i18n.t, { field: 'breach', code: 'not_fraction', message: 'rates are fractions' })).toBe('Rates must be between 0% and 100%.');
  });

  it('never shows the backend\'s English text for a code it does not know', () => {
    const issue = { field: 'name', code: 'something_new', message: 'internal detail' };
    expect(translateIssue(i18n.t, issue)).toBe('This value is not valid.');
  });
});
