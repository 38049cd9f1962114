import { describe, expect, it } from 'vitest';
import { checkPoaContent, type PoaCheckSubject } from '../../../../src/main/core/poa/checks/check-poa-content';
import { completePoaContent } from '../../../helpers/poa-content';

const subject = (overrides: Partial<PoaCheckSubject> = {}): PoaCheckSubject => ({
  content: completePoaContent(),
  caseType: 'review_manipulation',
  platform: 'amazon',
  language: 'en-US',
  affectedItems: ['B0TESTASIN'],
  today: '2026-11-20',
  ...overrides,
});

describe('the checks of a plan', () => {
  it('has no warning for a complete, clean plan', () => {
    expect(checkPoaContent(subject()).warnings).toEqual([]);
  });

  it('lists shape warnings first, then missing items, then wording', () => {
    const checks = checkPoaContent(
      subject({
        content: completePoaContent({ correctiveActions: [], additionalInformation: 'It will never happen again.' }),
        affectedItems: ['B0TESTASIN', 'B0MISSING1'],
      }),
    );
    expect(checks.warnings.map((w) => w.code)).toEqual(['section_empty', 'root_cause_without_corrective', 'affected_item_missing', 'flagged_phrase']);
    expect(checks.warnings[3]).toMatchObject({ part: 'additionalInformation', entryId: null });
  });

  it('advises inserting evidence when the store has numbers for the case type and none are in the document', () => {
    const odr = checkPoaContent(subject({ caseType: 'odr' }));
    expect(odr.warnings).toEqual([{ code: 'evidence_not_inserted', severity: 'info', part: null, entryId: null, params: {}, range: null }]);
    expect(checkPoaContent(subject({ caseType: 'odr', platform: 'shopify' })).warnings).toEqual([]);
    expect(checkPoaContent(subject({ caseType: 'related_account' })).warnings).toEqual([]);
  });

  it('counts the characters of each part and of the whole, a CJK character or an emoji as one', () => {
    const content = completePoaContent({
      rootCauses: [{ id: 'rc-1', text: '配送遅延 B0TESTASIN' }],
      correctiveActions: [{ id: 'ca-1', rootCauseId: 'rc-1', text: '是正', date: '2026-11-01' }],
      preventiveMeasures: [{ id: 'pm-1', rootCauseId: 'rc-1', text: '毎日確認', owner: '物流', frequency: 'daily' }],
      additionalInformation: '📦 ok',
    });
    expect(checkPoaContent(subject({ content, language: 'ja-JP' })).lengths).toEqual({
      parts: { rootCauses: 15, correctiveActions: 2, preventiveMeasures: 6, additionalInformation: 4 },
      total: 27,
    });
  });
});
