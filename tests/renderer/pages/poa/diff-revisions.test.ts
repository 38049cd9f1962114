import { describe, expect, it } from 'vitest';
import { alignEntries, countChanges, diffPoaRevisions } from '../../../../src/renderer/src/pages/poa/revisions/diff-revisions';
import { EMPTY, evidence, twoCauses } from './poa-content-fixtures';

const entry = (id: string, text = id) => ({ id, text });
const rows = (left: { id: string; text: string }[], right: { id: string; text: string }[]) =>
  alignEntries(left, right).map((row) => `${row.change}:${row.id}`);

describe('aligning the entries of two revisions', () => {
  it('pairs entries by id and marks what was added, removed or changed', () => {
    expect(rows([entry('a'), entry('b'), entry('c')], [entry('a'), entry('b', 'B!'), entry('d')])).toEqual([
      'same:a',
      'changed:b',
      'removed:c',
      'added:d',
    ]);
  });

  it('keeps a removed entry where it stood, between its old neighbours', () => {
    expect(rows([entry('a'), entry('b'), entry('c')], [entry('a'), entry('c')])).toEqual(['same:a', 'removed:b', 'same:c']);
    expect(rows([entry('a'), entry('b')], [entry('b')])).toEqual(['removed:a', 'same:b']);
  });

  it('follows the newer order when entries were moved, without calling a move a change', () => {
    expect(rows([entry('a'), entry('b'), entry('c')], [entry('c'), entry('a'), entry('b')])).toEqual(['same:c', 'same:a', 'same:b']);
  });

  it('puts a removed entry before the one added in its place', () => {
    expect(rows([entry('a'), entry('b'), entry('c')], [entry('a'), entry('x'), entry('c')])).toEqual(['same:a', 'removed:b', 'added:x', 'same:c']);
  });

  it('shows everything as added against an empty revision', () => {
    expect(rows([], [entry('a'), entry('b')])).toEqual(['added:a', 'added:b']);
    expect(rows([entry('a')], [])).toEqual(['removed:a']);
  });
});

describe('comparing two revisions of a plan', () => {
  it('compares each section, the additional information and the evidence, and counts the changes', () => {
    const before = twoCauses();
    const after = {
      ...before,
      rootCauses: [before.rootCauses[0]!, { id: 'rc-3', text: 'A third cause.' }],
      correctiveActions: [before.correctiveActions[0]!, { ...before.correctiveActions[1]!, date: '2026-11-04' }],
      additionalInformation: 'Answering the reviewer.',
      evidence: [evidence('amazon.odr_mfn')],
    };
    const diff = diffPoaRevisions(before, after);
    expect(diff.sections.rootCauses.map((row) => row.change)).toEqual(['same', 'removed', 'added']);
    expect(diff.sections.correctiveActions.map((row) => row.change)).toEqual(['same', 'changed']);
    expect(diff.sections.preventiveMeasures.every((row) => row.change === 'same')).toBe(true);
    expect(diff.additionalInformation.change).toBe('added');
    expect(diff.evidence).toEqual({ left: 0, right: 1, changed: true });
    expect(countChanges(diff)).toEqual({ added: 2, removed: 1, changed: 1 });
  });

  it('finds nothing to mark between a revision and its reopened copy', () => {
    const diff = diffPoaRevisions(twoCauses(), twoCauses());
    expect(countChanges(diff)).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(diffPoaRevisions(EMPTY, EMPTY).additionalInformation.change).toBe('same');
  });
});
