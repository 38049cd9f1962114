import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeImportIssue } from '../../../../src/renderer/src/pages/imports/describe-import-issue';
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

const looksLikePercent = {
  code: 'ratio_looks_like_percent',
  params: { line: 3, column: 'value', metric: 'amazon.odr_mfn', value: '85', fraction: 0.85 },
  message: 'Line 3, column "value": "85" looks like a percent; write 85% or the fraction 0.85.',
};

describe('describing import issues', () => {
  it('says a bare 85 for a rate looks like a percent in Chinese, with the value and the fraction', () => {
    expect(describeImportIssue(i18n.getFixedT('zh-CN'), looksLikePercent)).toBe('“85”看起来是百分比；请写成 85% 或小数 0.85。');
  });

  it('says the same in Japanese', () => {
    expect(describeImportIssue(i18n.getFixedT('ja-JP'), looksLikePercent)).toBe('「85」はパーセントのようです。85% または小数 0.85 と書いてください。');
  });

  it('falls back to the English message for an issue without a code', () => {
    expect(describeImportIssue(i18n.getFixedT('zh-CN'), { code: null, params: null, message: 'something broke' })).toBe('something broke');
  });

  it('falls back to the English message for a code this UI does not know yet', () => {
    expect(describeImportIssue(i18n.getFixedT('zh-CN'), { code: 'from_a_newer_backend', params: {}, message: 'new problem' })).toBe('new problem');
  });
});
