import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/app-error';
import { formatEvidenceFigure } from '../../../../src/renderer/src/pages/poa/evidence/format-evidence-figure';
import { clearLocalDraft, readLocalDraft, unsavedLocalDraft, writeLocalDraft } from '../../../../src/renderer/src/pages/poa/editor/local-draft';
import { needsConfirmation, savesFirst, transitionAction } from '../../../../src/renderer/src/pages/poa/editor/transition-actions';
import { saveRefusal } from '../../../../src/renderer/src/pages/poa/editor/use-poa-editor';
import { rootCauseOptions } from '../../../../src/renderer/src/pages/poa/content/root-cause-options';
import { EMPTY, twoCauses } from './poa-content-fixtures';

/** Just enough of the Web Storage API, in memory. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('the copy of the text kept on this computer', () => {
  it('is read back per case and revision, and offered only when it says something the backend does not', () => {
    const storage = new MemoryStorage();
    writeLocalDraft(storage, 4, 2, { content: twoCauses(), editedAt: '2026-11-19T10:00:00.000Z' });
    expect(readLocalDraft(storage, 4, 1)).toBeNull();
    const draft = readLocalDraft(storage, 4, 2);
    expect(draft?.content).toEqual(twoCauses());
    expect(unsavedLocalDraft(draft, twoCauses())).toBeNull();
    expect(unsavedLocalDraft(draft, EMPTY)).toBe(draft);
    clearLocalDraft(storage, 4, 2);
    expect(readLocalDraft(storage, 4, 2)).toBeNull();
  });

  it('ignores a damaged copy rather than breaking the editor', () => {
    const storage = new MemoryStorage();
    storage.setItem('storefleet.poa.draft.4.2', '{"content": {"rootCauses": "nope"}}');
    expect(readLocalDraft(storage, 4, 2)).toBeNull();
    storage.setItem('storefleet.poa.draft.4.2', 'not json');
    expect(readLocalDraft(storage, 4, 2)).toBeNull();
  });

  it('survives a storage that refuses to write (full or disabled)', () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    expect(() => writeLocalDraft(full, 1, 1, { content: EMPTY, editedAt: 'now' })).not.toThrow();
  });
});

describe('refused autosaves', () => {
  it('recognises the refusals after which the editor stops saving', () => {
    expect(saveRefusal(new AppError('conflict', 'reload', { reason: 'stale_revision', revision: 3 }))).toBe('stale_revision');
    expect(saveRefusal({ code: 'conflict', message: 'submitted', details: { reason: 'not_editable' } })).toBe('not_editable');
    expect(saveRefusal(new AppError('conflict', 'other conflict'))).toBeNull();
    expect(saveRefusal(new AppError('unavailable', 'offline'))).toBeNull();
    expect(saveRefusal(new Error('boom'))).toBeNull();
  });
});

describe('status moves', () => {
  it('tells a return from review from a reopening, both back to draft', () => {
    expect(transitionAction('internal_review', 'draft')).toBe('return');
    expect(transitionAction('rejected', 'draft')).toBe('reopen');
    expect(transitionAction('more_info_requested', 'draft')).toBe('reopen');
    expect(transitionAction('submitted', 'more_info_requested')).toBe('moreInfo');
  });

  it('asks before the moves that cannot be undone and saves the text before those that send it on', () => {
    expect(needsConfirmation('submit')).toBe(true);
    expect(needsConfirmation('accept')).toBe(true);
    expect(needsConfirmation('reopen')).toBe(true);
    expect(needsConfirmation('review')).toBe(false);
    expect(savesFirst('submit')).toBe(true);
    expect(savesFirst('reopen')).toBe(false);
  });
});

describe('evidence figures', () => {
  it('writes rates as percentages with two decimals, counts whole, and a target with its sign', () => {
    expect(formatEvidenceFigure({ figure: 'rate', value: 0.0156, unit: 'ratio', condition: null }, 'en-US')).toBe('1.56%');
    expect(formatEvidenceFigure({ figure: 'target', value: 0.01, unit: 'ratio', condition: 'LESS_THAN' }, 'en-US')).toBe('< 1.00%');
    expect(formatEvidenceFigure({ figure: 'orders', value: 4820, unit: 'count', condition: null }, 'en-US')).toBe('4,820');
    expect(formatEvidenceFigure({ figure: 'rate', value: null, unit: 'ratio', condition: null }, 'ja-JP')).toBe('—');
  });
});

describe('root causes offered as links', () => {
  it('shows the number and the start of each text, or says there is no text yet', () => {
    const long = 'x'.repeat(100);
    const options = rootCauseOptions([{ id: 'rc-1', text: `  Late   carrier ` }, { id: 'rc-2', text: '' }, { id: 'rc-3', text: long }], (i) => `${i}. (empty)`);
    expect(options.map((option) => option.label)).toEqual(['1. Late carrier', '2. (empty)', `3. ${'x'.repeat(69)}…`]);
  });
});
