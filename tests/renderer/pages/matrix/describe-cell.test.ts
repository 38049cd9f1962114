import { describe, expect, it } from 'vitest';
import { describeCell, type CellWords } from '../../../../src/renderer/src/pages/matrix/describe-cell';
import { cell, row } from './matrix-rows-fixture';

const words: CellWords = {
  status: { ok: 'OK', watch: 'Watch', breach: 'Breach', stale: 'Stale', no_data: 'No data' },
  notApplicable: 'Not applicable to this store',
  noData: 'No data yet',
  notJudged: 'not judged at this stage',
  platformStatus: (word) => (word === 'WARNED' ? 'Warned' : word),
};
const amazonUs = row('Lumora Amazon US');

describe('what a matrix cell shows and says', () => {
  it('shows a rate as a percentage and says its status in words, because colour alone tells a screen reader nothing', () => {
    const look = describeCell(cell('amazon.odr_mfn', { value: 0.0085, status: 'watch' }), 'amazon.odr_mfn', amazonUs, 'en-US', words);
    expect(look).toEqual({ text: '0.85%', label: '0.85%, Watch', status: 'watch', notJudged: false });
  });

  it('shows money from its minor units in the store currency', () => {
    const look = describeCell(cell('amazon.ordered_product_sales', { value: null, amountMinor: 1_200_000, currency: 'JPY' }), 'amazon.ordered_product_sales', amazonUs, 'ja-JP', words);
    expect(look.text).toBe('￥1,200,000');
  });

  it("shows a status metric as the platform's word", () => {
    const look = describeCell(cell('amazon.ahr_status', { value: null, platformStatus: 'WARNED', status: 'breach' }), 'amazon.ahr_status', amazonUs, 'en-US', words);
    expect(look.text).toBe('Warned');
    expect(look.label).toBe('Warned, Breach');
  });

  it('tells a metric the platform does not have from one that has no data yet', () => {
    expect(describeCell(undefined, 'tiktok.late_dispatch_rate', amazonUs, 'en-US', words)).toEqual({
      text: '—',
      label: 'Not applicable to this store',
      status: null,
      notJudged: false,
    });
    expect(describeCell(undefined, 'amazon.odr_mfn', amazonUs, 'en-US', words).label).toBe('No data yet');
  });

  it('shows a value that does not count at the store stage without a status colour', () => {
    const look = describeCell(cell('funnel.cvr', { value: 0.02, status: 'breach', matters: false }), 'funnel.cvr', amazonUs, 'en-US', words);
    expect(look).toEqual({ text: '2%', label: '2%, not judged at this stage', status: null, notJudged: true });
  });

  it('formats again when the language changes, although the text is cached', () => {
    const sales = cell('ads.spend', { value: null, amountMinor: 123_456, currency: 'USD' });
    expect(describeCell(sales, 'ads.spend', amazonUs, 'en-US', words).text).toBe('$1,234.56');
    expect(describeCell(sales, 'ads.spend', amazonUs, 'zh-CN', words).text).toBe('US$1,234.56');
  });
});
