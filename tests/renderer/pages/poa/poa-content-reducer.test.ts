import { describe, expect, it } from 'vitest';
import { nextEntryId, nextEntryIds } from '../../../../src/renderer/src/pages/poa/content/entry-ids';
import { insertTemplate, templateSelectionFits } from '../../../../src/renderer/src/pages/poa/content/insert-template';
import { EVIDENCE_LIMIT, isTyping, poaContentReducer } from '../../../../src/renderer/src/pages/poa/content/poa-content-reducer';
import { EMPTY, TEMPLATE, evidence, twoCauses } from './poa-content-fixtures';

describe('entry ids', () => {
  it('numbers new entries after the highest id in use, so a removed entry’s id is never reused', () => {
    const content = { ...twoCauses(), rootCauses: [{ id: 'rc-7', text: '' }, { id: 'custom', text: '' }] };
    expect(nextEntryId(content, 'rootCauses')).toBe('rc-8');
    expect(nextEntryIds(content, 'correctiveActions', 2)).toEqual(['ca-3', 'ca-4']);
    expect(nextEntryId(EMPTY, 'preventiveMeasures')).toBe('pm-1');
  });
});

describe('editing the content of a plan', () => {
  it('adds an empty entry, linked to the root cause when there is only one', () => {
    const one = poaContentReducer(EMPTY, { type: 'add', section: 'rootCauses', id: 'rc-1' });
    const withAction = poaContentReducer(one, { type: 'add', section: 'correctiveActions', id: 'ca-1' });
    expect(withAction.correctiveActions).toEqual([{ id: 'ca-1', rootCauseId: 'rc-1', text: '', date: null }]);
    const withMeasure = poaContentReducer(twoCauses(), { type: 'add', section: 'preventiveMeasures', id: 'pm-3' });
    expect(withMeasure.preventiveMeasures.at(-1)).toEqual({ id: 'pm-3', rootCauseId: null, text: '', owner: '', frequency: null });
  });

  it('refuses to add an id twice or beyond the section’s limit, because the backend would refuse the save', () => {
    const content = twoCauses();
    expect(poaContentReducer(content, { type: 'add', section: 'rootCauses', id: 'rc-1' })).toBe(content);
    const full = { ...EMPTY, rootCauses: Array.from({ length: 50 }, (_, i) => ({ id: `rc-${i + 1}`, text: 'x' })) };
    expect(poaContentReducer(full, { type: 'add', section: 'rootCauses', id: 'rc-51' })).toBe(full);
  });

  it('changes only the entry named, keeping the text exactly as typed (trailing space included)', () => {
    const next = poaContentReducer(twoCauses(), { type: 'updateCorrective', id: 'ca-2', patch: { date: '2026-11-03', text: 'Rewrote it ' } });
    expect(next.correctiveActions[1]).toEqual({ id: 'ca-2', rootCauseId: 'rc-2', text: 'Rewrote it ', date: '2026-11-03' });
    expect(next.correctiveActions[0]).toEqual(twoCauses().correctiveActions[0]);
    const measure = poaContentReducer(next, { type: 'updatePreventive', id: 'pm-2', patch: { frequency: 'per_listing', owner: 'QA' } });
    expect(measure.preventiveMeasures[1]).toMatchObject({ frequency: 'per_listing', owner: 'QA', text: 'Listing check before publishing.' });
  });

  it('unlinks the actions and measures of a removed root cause, so the checks ask for a new link instead of pointing at nothing', () => {
    const next = poaContentReducer(twoCauses(), { type: 'remove', section: 'rootCauses', id: 'rc-2' });
    expect(next.rootCauses.map((cause) => cause.id)).toEqual(['rc-1']);
    expect(next.correctiveActions.map((action) => action.rootCauseId)).toEqual(['rc-1', null]);
    expect(next.preventiveMeasures.map((measure) => measure.rootCauseId)).toEqual(['rc-1', null]);
    expect(poaContentReducer(next, { type: 'remove', section: 'correctiveActions', id: 'ca-1' }).correctiveActions.map((a) => a.id)).toEqual(['ca-2']);
  });

  it('moves an entry one place up or down and leaves it where it is at either end', () => {
    const down = poaContentReducer(twoCauses(), { type: 'move', section: 'rootCauses', id: 'rc-1', offset: 1 });
    expect(down.rootCauses.map((cause) => cause.id)).toEqual(['rc-2', 'rc-1']);
    const stuck = poaContentReducer(down, { type: 'move', section: 'rootCauses', id: 'rc-1', offset: 1 });
    expect(stuck.rootCauses.map((cause) => cause.id)).toEqual(['rc-2', 'rc-1']);
    const up = poaContentReducer(down, { type: 'move', section: 'rootCauses', id: 'rc-1', offset: -1 });
    expect(up.rootCauses.map((cause) => cause.id)).toEqual(['rc-1', 'rc-2']);
  });

  it('replaces the evidence of a metric inserted again rather than listing it twice, and keeps at most 20 tables', () => {
    const once = poaContentReducer(EMPTY, { type: 'insertEvidence', items: [evidence('amazon.odr_mfn'), evidence('amazon.odr_afn')] });
    const again = poaContentReducer(once, { type: 'insertEvidence', items: [evidence('amazon.odr_mfn', '2026-11-01', 0.012)] });
    expect(again.evidence.map((item) => [item.metricKey, item.windowTo])).toEqual([
      ['amazon.odr_afn', '2026-10-30'],
      ['amazon.odr_mfn', '2026-11-01'],
    ]);
    const many = poaContentReducer(EMPTY, { type: 'insertEvidence', items: Array.from({ length: 25 }, (_, i) => evidence(`metric.${i}`)) });
    expect(many.evidence).toHaveLength(EVIDENCE_LIMIT);
    expect(poaContentReducer(again, { type: 'removeEvidence', index: 0 }).evidence.map((item) => item.metricKey)).toEqual(['amazon.odr_mfn']);
  });
});

describe('inserting suggestions from a template', () => {
  it('gives each picked root cause a fresh id and links the actions and measures picked with it to that id', () => {
    const keys = new Set(['carrier', 'carrier.corrective.2', 'carrier.preventive.1', 'listing', 'listing.corrective.1']);
    const next = insertTemplate(twoCauses(), TEMPLATE, keys);
    expect(next.rootCauses.slice(2)).toEqual([
      { id: 'rc-3', text: 'Orders shipped with [carrier] arrived late.' },
      { id: 'rc-4', text: 'The detail page of [ASIN] was unclear.' },
    ]);
    expect(next.correctiveActions.slice(2)).toEqual([
      { id: 'ca-3', rootCauseId: 'rc-3', text: 'Moved to [carrier service].', date: null },
      { id: 'ca-4', rootCauseId: 'rc-4', text: 'Rewrote the detail page.', date: null },
    ]);
    expect(next.preventiveMeasures.slice(2)).toEqual([
      { id: 'pm-3', rootCauseId: 'rc-3', text: 'Weekly review of late deliveries.', owner: 'Logistics lead', frequency: 'weekly' },
    ]);
  });

  it('ignores an action picked without its root cause, since it would answer nothing', () => {
    const next = insertTemplate(EMPTY, TEMPLATE, new Set(['carrier.corrective.1', 'listing', 'listing.preventive.1']));
    expect(next.rootCauses.map((cause) => cause.text)).toEqual(['The detail page of [ASIN] was unclear.']);
    expect(next.correctiveActions).toEqual([]);
    expect(next.preventiveMeasures).toEqual([expect.objectContaining({ rootCauseId: 'rc-1', frequency: 'per_listing' })]);
  });

  it('inserts nothing when the picks would overflow a section', () => {
    const full = { ...EMPTY, rootCauses: Array.from({ length: 49 }, (_, i) => ({ id: `rc-${i + 1}`, text: 'x' })) };
    const keys = new Set(['carrier', 'listing']);
    expect(templateSelectionFits(full, TEMPLATE, keys)).toBe(false);
    expect(poaContentReducer(full, { type: 'insertTemplate', template: TEMPLATE, keys })).toBe(full);
  });
});

describe('when an edit is saved', () => {
  it('waits for a pause after typing, and saves every other edit at once', () => {
    expect(isTyping({ type: 'updateRootCause', id: 'rc-1', patch: { text: 'a' } })).toBe(true);
    expect(isTyping({ type: 'setAdditionalInformation', text: 'a' })).toBe(true);
    expect(isTyping({ type: 'updatePreventive', id: 'pm-1', patch: { owner: 'QA' } })).toBe(true);
    expect(isTyping({ type: 'updateCorrective', id: 'ca-1', patch: { date: '2026-11-02' } })).toBe(false);
    expect(isTyping({ type: 'updatePreventive', id: 'pm-1', patch: { frequency: 'daily' } })).toBe(false);
    expect(isTyping({ type: 'add', section: 'rootCauses', id: 'rc-3' })).toBe(false);
    expect(isTyping({ type: 'insertEvidence', items: [] })).toBe(false);
  });
});
