import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PoaWarning } from '@shared/api/poa-content-schemas';
import { POA_PHRASE_CATEGORIES, POA_WARNING_CODES } from '@shared/domain/poa';
import { describePoaWarning } from '../../../../src/renderer/src/pages/poa/checks/describe-poa-warning';
import { targetKey, warningTarget, warningsOfEntry } from '../../../../src/renderer/src/pages/poa/checks/warning-target';
import enUS from '../../../../src/renderer/src/i18n/locales/en-US.json';
import jaJP from '../../../../src/renderer/src/i18n/locales/ja-JP.json';
import zhCN from '../../../../src/renderer/src/i18n/locales/zh-CN.json';
import { EMPTY, twoCauses } from './poa-content-fixtures';

beforeAll(async () => {
  await i18n.init({
    resources: { 'en-US': { translation: enUS }, 'zh-CN': { translation: zhCN }, 'ja-JP': { translation: jaJP } },
    lng: 'en-US',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
});

const warning = (code: PoaWarning['code'], params: PoaWarning['params'], place: Partial<PoaWarning> = {}): PoaWarning => ({
  code,
  severity: 'warning',
  part: null,
  entryId: null,
  params,
  range: null,
  ...place,
});

/** One warning of every code, with the params the checks send. */
const EVERY_CODE: PoaWarning[] = [
  warning('section_empty', { section: 'preventiveMeasures' }, { part: 'preventiveMeasures' }),
  warning('entry_text_empty', { section: 'correctiveActions', index: 2 }, { part: 'correctiveActions', entryId: 'ca-2' }),
  warning('root_cause_without_corrective', { index: 1 }, { part: 'rootCauses', entryId: 'rc-1' }),
  warning('root_cause_without_preventive', { index: 2 }, { part: 'rootCauses', entryId: 'rc-2' }),
  warning('entry_without_root_cause', { section: 'preventiveMeasures', index: 3 }, { part: 'preventiveMeasures', entryId: 'pm-3' }),
  warning('corrective_without_date', { index: 2 }, { part: 'correctiveActions', entryId: 'ca-2' }),
  warning('corrective_date_in_future', { index: 1, date: '2026-12-01', today: '2026-11-19' }, { part: 'correctiveActions', entryId: 'ca-1' }),
  warning('preventive_without_owner', { index: 1 }, { part: 'preventiveMeasures', entryId: 'pm-1' }),
  warning('preventive_without_frequency', { index: 2 }, { part: 'preventiveMeasures', entryId: 'pm-2' }),
  warning('affected_item_missing', { item: 'B0W1KA944A' }),
  warning(
    'flagged_phrase',
    { category: 'promise_of_perfection', match: 'never happen again', section: 'preventiveMeasures', index: 1 },
    { part: 'preventiveMeasures', entryId: 'pm-1', range: { start: 10, end: 28 } },
  ),
  warning('unfilled_placeholder', { match: '[carrier]', section: 'rootCauses', index: 1 }, { part: 'rootCauses', entryId: 'rc-1', range: { start: 5, end: 14 } }),
  { ...warning('evidence_not_inserted', {}), severity: 'info' },
];

describe('warnings of the checks, in the UI language', () => {
  it('covers every code the checks can send', () => {
    expect(new Set(EVERY_CODE.map((w) => w.code))).toEqual(new Set(POA_WARNING_CODES));
  });

  for (const language of ['en-US', 'zh-CN', 'ja-JP'] as const) {
    it(`words every code and phrase category in ${language}, with no key or placeholder left showing`, async () => {
      await i18n.changeLanguage(language);
      const messages = [
        ...EVERY_CODE.map((w) => describePoaWarning(i18n.t, w, language)),
        ...POA_PHRASE_CATEGORIES.map((category) =>
          describePoaWarning(i18n.t, warning('flagged_phrase', { category, match: 'x', section: 'rootCauses', index: 1 }), language),
        ),
      ];
      for (const message of messages) {
        expect(message).not.toMatch(/poa\.|\{\{|undefined/);
        expect(message.length).toBeGreaterThan(5);
      }
      await i18n.changeLanguage('en-US');
    });
  }

  it('names the entry by its section and position, and translates sections, categories and dates', () => {
    const t = i18n.t;
    expect(describePoaWarning(t, EVERY_CODE[0]!, 'en-US')).toBe('“Preventive measures” has no entry yet.');
    expect(describePoaWarning(t, EVERY_CODE[1]!, 'en-US')).toBe('Corrective action 2 has no text.');
    expect(describePoaWarning(t, EVERY_CODE[6]!, 'en-US')).toBe(
      'Corrective action 1 is dated Dec 1, 2026, after today (Nov 19, 2026): list only actions already taken.',
    );
    expect(describePoaWarning(t, EVERY_CODE[9]!, 'en-US')).toBe('B0W1KA944A is named in the notice but not in the text.');
    expect(describePoaWarning(t, EVERY_CODE[10]!, 'en-US')).toBe('Preventive measure 1: “never happen again” promises perfection; reviewers reject this.');
  });

  it('quotes a flagged phrase in the additional information without a number', async () => {
    await i18n.changeLanguage('zh-CN');
    const message = describePoaWarning(
      i18n.t,
      warning('flagged_phrase', { category: 'blame_buyer', match: '恶意买家', section: 'additionalInformation', index: 1 }, { part: 'additionalInformation' }),
      'zh-CN',
    );
    expect(message).toBe('补充信息：“恶意买家”把责任推给了买家，审核人员会拒绝此类措辞。');
    await i18n.changeLanguage('en-US');
  });
});

describe('where a warning leads', () => {
  const content = twoCauses();
  it('goes to the control of the entry that needs fixing, with a flagged phrase selected', () => {
    expect(targetKey(warningTarget(EVERY_CODE[5]!, content))).toBe('correctiveActions/ca-2/date');
    expect(targetKey(warningTarget(EVERY_CODE[4]!, content))).toBe('preventiveMeasures/pm-3/rootCause');
    expect(targetKey(warningTarget(EVERY_CODE[8]!, content))).toBe('preventiveMeasures/pm-2/frequency');
    expect(targetKey(warningTarget(EVERY_CODE[7]!, content))).toBe('preventiveMeasures/pm-1/owner');
    expect(warningTarget(EVERY_CODE[10]!, content)).toEqual({ part: 'preventiveMeasures', entryId: 'pm-1', field: 'text', range: { start: 10, end: 28 } });
  });

  it('goes to the "Add" button of an empty section and to the evidence button when numbers are missing', () => {
    expect(targetKey(warningTarget(EVERY_CODE[0]!, content))).toBe('preventiveMeasures/-/add');
    expect(targetKey(warningTarget(EVERY_CODE[12]!, content))).toBe('evidence/-/insertEvidence');
  });

  it('sends an ASIN not mentioned to the first root cause, or to adding one', () => {
    expect(targetKey(warningTarget(EVERY_CODE[9]!, content))).toBe('rootCauses/rc-1/text');
    expect(targetKey(warningTarget(EVERY_CODE[9]!, EMPTY))).toBe('rootCauses/-/add');
  });

  it('lists beside an entry only the warnings about it, not the advice', () => {
    expect(warningsOfEntry(EVERY_CODE, 'correctiveActions', 'ca-2').map((w) => w.code)).toEqual(['entry_text_empty', 'corrective_without_date']);
    expect(warningsOfEntry(EVERY_CODE, 'preventiveMeasures', null).map((w) => w.code)).toEqual(['section_empty']);
  });
});
