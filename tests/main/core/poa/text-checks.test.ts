import { describe, expect, it } from 'vitest';
import type { PoaLanguage, PoaPhraseCategory } from '../../../../src/shared/domain/poa';
import { poaTextFields, type PoaTextField } from '../../../../src/main/core/poa/checks/poa-text-fields';
import { affectedItemWarnings, mentionsItem, phraseWarnings } from '../../../../src/main/core/poa/checks/text-checks';
import { completePoaContent } from '../../../helpers/poa-content';

const field = (text: string): PoaTextField => ({ part: 'rootCauses', entryId: 'rc-1', index: 1, text });
const flagged = (language: PoaLanguage, text: string) =>
  phraseWarnings([field(text)], language)
    .filter((w) => w.code === 'flagged_phrase')
    .map((w) => [w.params.category, w.params.match]);

describe('flagged phrases', () => {
  const cases: [PoaLanguage, PoaPhraseCategory, string, string][] = [
    ['en-US', 'blame_buyer', 'The defects were the buyer’s fault; the customers lied about the size.', 'customers lied'],
    ['en-US', 'blame_buyer', 'The defects were the buyer’s fault.', 'buyer’s fault'],
    ['en-US', 'blame_platform', 'The suspension was unfair.', 'unfair'],
    ['en-US', 'promise_of_perfection', 'It won’t happen again.', 'won’t happen again'],
    ['en-US', 'emotional_plea', 'We beg you to reinstate us, our family depends on it.', 'beg'],
    ['en-US', 'promise_of_perfection', 'This will never happen again.', 'never happen again'],
    ['en-US', 'promise_of_perfection', 'We now reach 100% on-time shipping.', '100%'],
    ['en-US', 'business_introduction', 'We are a leading seller of outdoor gear, founded in 2012.', 'We are a leading'],
    ['ja-JP', 'blame_buyer', '今回の評価は購入者の勘違いによるものです。', '購入者の勘違い'],
    ['ja-JP', 'blame_platform', 'Amazonの誤判断と考えます。', 'Amazonの誤判断'],
    ['ja-JP', 'emotional_plea', 'どうか販売を再開させてください。', 'どうか'],
    ['ja-JP', 'promise_of_perfection', '二度と発生させません。', '二度と'],
    ['ja-JP', 'promise_of_perfection', '出荷率を１００％にします。', '１００％'],
    ['ja-JP', 'business_introduction', '弊社は2010年に設立されたアウトドア用品の専門店です。', '弊社は2010年に設立'],
    ['zh-CN', 'blame_buyer', '这些差评是恶意差评。', '恶意差评'],
    ['zh-CN', 'blame_platform', '这是平台误判。', '平台误判'],
    ['zh-CN', 'emotional_plea', '恳请恢复我们的账户。', '恳请'],
    ['zh-CN', 'promise_of_perfection', '保证不再发生，杜绝此类问题。', '保证不再'],
    ['zh-CN', 'business_introduction', '我们是一家专业的户外用品卖家。', '我们是一家'],
  ];
  it.each(cases)('flags in %s %s wording such as "%s"', (language, category, text, match) => {
    expect(flagged(language, text)).toContainEqual([category, match]);
  });

  it('says where the match is, so the editor can mark it', () => {
    const [warning] = phraseWarnings([field('Fixed. This will never happen again.')], 'en-US');
    expect(warning).toMatchObject({
      code: 'flagged_phrase',
      part: 'rootCauses',
      entryId: 'rc-1',
      range: { start: 17, end: 35 },
      params: { category: 'promise_of_perfection', match: 'never happen again', section: 'rootCauses', index: 1 },
    });
  });

  it('reports each occurrence, not only the first', () => {
    expect(flagged('en-US', 'Unfair. Truly unfair.')).toEqual([
      ['blame_platform', 'Unfair'],
      ['blame_platform', 'unfair'],
    ]);
  });

  it('leaves plain factual text and ordinary politeness alone in every language', () => {
    expect(flagged('en-US', 'Orders shipped late because the warehouse was short of staff. Please find the invoices attached.')).toEqual([]);
    expect(flagged('ja-JP', '倉庫の人員不足により出荷が遅れました。請求書を添付いたします。よろしくお願いいたします。')).toEqual([]);
    expect(flagged('zh-CN', '由于仓库人手不足，订单发货延迟。附上发票。')).toEqual([]);
  });

  it('checks a document against its own language only', () => {
    expect(flagged('ja-JP', 'This will never happen again.')).toEqual([]);
    expect(flagged('en-US', '二度と発生させません。')).toEqual([]);
  });
});

describe('template placeholders', () => {
  it('flags square-bracketed text left from a template, ASCII or full-width', () => {
    const warnings = phraseWarnings([field('Shipped with [carrier] since ［日付］.')], 'en-US');
    expect(warnings.map((w) => [w.code, w.params.match, w.range])).toEqual([
      ['unfilled_placeholder', '[carrier]', { start: 13, end: 22 }],
      ['unfilled_placeholder', '［日付］', { start: 29, end: 33 }],
    ]);
  });
});

describe('affected ASINs and SKUs', () => {
  it('finds an item as a whole token, ignoring case, even when Japanese or Chinese text touches it', () => {
    expect(mentionsItem('Orders of b0testasin were late.', 'B0TESTASIN')).toBe(true);
    expect(mentionsItem('B0TESTASINと B0OTHER', 'B0TESTASIN')).toBe(true);
    expect(mentionsItem('涉及 B0TESTASIN。', 'B0TESTASIN')).toBe(true);
    expect(mentionsItem('B0TESTASIN2 only', 'B0TESTASIN')).toBe(false);
    expect(mentionsItem('XB0TESTASIN', 'B0TESTASIN')).toBe(false);
  });

  it('flags every item of the notice that no section mentions (the table of items does not count)', () => {
    const fields = poaTextFields(completePoaContent({ additionalInformation: 'Also SKU-RED-42 was affected.' }));
    expect(affectedItemWarnings(fields, ['B0TESTASIN', 'SKU-RED-42', 'B0MISSING1'])).toEqual([
      { code: 'affected_item_missing', severity: 'warning', part: null, entryId: null, params: { item: 'B0MISSING1' }, range: null },
    ]);
  });
});
