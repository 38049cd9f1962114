import { describe, expect, it } from 'vitest';
import { deadlineState } from '../../../../src/renderer/src/pages/poa/list/deadline-state';
import {
  defaultPoaLanguage,
  emptyNewCaseForm,
  parseNewCaseForm,
  removedItems,
  withNoticeText,
  withStore,
} from '../../../../src/renderer/src/pages/poa/list/new-case-form-values';
import { newPoaCaseHref, parsePoaListFilters, writePoaListFilters } from '../../../../src/renderer/src/pages/poa/list/poa-list-filters';

const JP = { id: 2, platform: 'amazon', marketplace: 'JP' } as const;
const US = { id: 1, platform: 'amazon', marketplace: 'US' } as const;
const memory = { languageChosen: false, dismissedItems: [] as string[] };

describe('the new-case form', () => {
  it('writes for Amazon Japan in Japanese and everywhere else in English', () => {
    expect(defaultPoaLanguage(JP)).toBe('ja-JP');
    expect(defaultPoaLanguage(US)).toBe('en-US');
    expect(defaultPoaLanguage({ platform: 'tiktok_shop', marketplace: 'JP' })).toBe('en-US');
    expect(emptyNewCaseForm(JP, '2026-11-19')).toMatchObject({ storeId: 2, language: 'ja-JP', noticeDate: '2026-11-19' });
  });

  it('follows the store’s language until the user picks one', () => {
    const start = emptyNewCaseForm(US, '2026-11-19');
    expect(withStore(start, JP, memory).language).toBe('ja-JP');
    expect(withStore({ ...start, language: 'zh-CN' }, JP, { ...memory, languageChosen: true }).language).toBe('zh-CN');
  });

  it('adds the ASINs of the pasted notice to the items, once each, never one the user removed', () => {
    const start = { ...emptyNewCaseForm(US, '2026-11-19'), affectedItems: ['SKU-RED-01'] };
    const pasted = withNoticeText(start, 'Defects concern B04FC3XSTN and B0W1KA944A (B04FC3XSTN again).', memory);
    expect(pasted.affectedItems).toEqual(['SKU-RED-01', 'B04FC3XSTN', 'B0W1KA944A']);
    const dismissed = removedItems(pasted.affectedItems, ['SKU-RED-01', 'B0W1KA944A']);
    expect(dismissed).toEqual(['B04FC3XSTN']);
    const edited = withNoticeText({ ...pasted, affectedItems: ['SKU-RED-01', 'B0W1KA944A'] }, `${pasted.noticeText} More.`, { ...memory, dismissedItems: dismissed });
    expect(edited.affectedItems).toEqual(['SKU-RED-01', 'B0W1KA944A']);
  });

  it('checks the values with the contract before sending, naming each field', () => {
    const result = parseNewCaseForm({ ...emptyNewCaseForm(undefined, ''), affectedItems: ['has space'] });
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.issues.map((issue) => `${issue.field}:${issue.code}`);
    expect(fields).toEqual(expect.arrayContaining(['storeId:required', 'caseType:required', 'noticeDate:required', 'affectedItems.0:invalid_format']));
    const ok = parseNewCaseForm({ ...emptyNewCaseForm(US, '2026-11-02'), caseType: 'odr', deadline: '', title: ' ' });
    expect(ok).toEqual({
      ok: true,
      input: { storeId: 1, caseType: 'odr', language: 'en-US', title: null, noticeDate: '2026-11-02', deadline: null, noticeText: '', affectedItems: [] },
    });
  });
});

describe('deadlines', () => {
  it('counts the days left, today, or overdue, while the case still waits on the team', () => {
    expect(deadlineState('2026-11-25', '2026-11-19', 'draft')).toEqual({ tone: 'later', days: 6 });
    expect(deadlineState('2026-11-21', '2026-11-19', 'internal_review')).toEqual({ tone: 'soon', days: 2 });
    expect(deadlineState('2026-11-19', '2026-11-19', 'more_info_requested')).toEqual({ tone: 'today', days: 0 });
    expect(deadlineState('2026-11-14', '2026-11-19', 'draft')).toEqual({ tone: 'overdue', days: -5 });
  });

  it('stops the clock once the plan is submitted or decided, and without a deadline', () => {
    expect(deadlineState('2026-11-14', '2026-11-19', 'submitted')).toBeNull();
    expect(deadlineState('2026-11-14', '2026-11-19', 'accepted')).toBeNull();
    expect(deadlineState(null, '2026-11-19', 'draft')).toBeNull();
  });
});

describe('case list filters in the URL', () => {
  it('reads what makes sense and drops the rest', () => {
    expect(parsePoaListFilters(new URLSearchParams('store=3&status=draft&type=odr'))).toEqual({ storeId: 3, status: 'draft', caseType: 'odr' });
    expect(parsePoaListFilters(new URLSearchParams('store=x&status=lost&type=fraud'))).toEqual({ storeId: undefined, status: undefined, caseType: undefined });
  });

  it('writes the filters without touching the other parameters (the open form)', () => {
    const written = writePoaListFilters({ status: 'submitted' }, new URLSearchParams('new=4&store=2'));
    expect(written.toString()).toBe('new=4&status=submitted');
    expect(newPoaCaseHref(7)).toBe('/poa?new=7');
  });
});
