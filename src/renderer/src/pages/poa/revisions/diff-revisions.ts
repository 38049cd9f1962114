import type { PoaContent } from '@shared/api/poa-content-schemas';
import { POA_SECTIONS, type PoaSection } from '@shared/domain/poa';

export type EntryChange = 'added' | 'removed' | 'changed' | 'same';

/** One row of a side-by-side comparison: the entry in the older revision (left) and in the newer (right). */
export interface AlignedEntry<E> {
  id: string;
  left: E | null;
  right: E | null;
  change: EntryChange;
}

type SectionEntry<S extends PoaSection> = PoaContent[S][number];

export interface PoaRevisionDiff {
  sections: { [S in PoaSection]: AlignedEntry<SectionEntry<S>>[] };
  additionalInformation: { left: string; right: string; change: EntryChange };
  /** Evidence tables on each side (their numbers are compared by metric and window). */
  evidence: { left: number; right: number; changed: boolean };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Aligns two ordered lists of entries by id, in the newer list's order: an entry kept in both is
 * one row (changed or not), one only on the left was removed and stays where it stood (before
 * anything added in its place), one only on the right was added. Moving an entry is not a change.
 */
export function alignEntries<E extends { id: string }>(left: readonly E[], right: readonly E[]): AlignedEntry<E>[] {
  const rightIds = new Set(right.map((entry) => entry.id));
  const leftIndex = new Map(left.map((entry, index) => [entry.id, index]));
  const rows: AlignedEntry<E>[] = [];
  let next = 0;
  const flushRemovedBefore = (end: number) => {
    for (; next < end; next++) {
      const entry = left[next]!;
      if (!rightIds.has(entry.id)) rows.push({ id: entry.id, left: entry, right: null, change: 'removed' });
    }
  };
  right.forEach((entry, position) => {
    const index = leftIndex.get(entry.id);
    if (index === undefined) {
      // Whatever was removed before the next kept entry stood here first.
      const nextKept = right.slice(position + 1).find((later) => leftIndex.has(later.id));
      flushRemovedBefore(nextKept ? leftIndex.get(nextKept.id)! : left.length);
      rows.push({ id: entry.id, left: null, right: entry, change: 'added' });
      return;
    }
    flushRemovedBefore(index + 1);
    const before = left[index]!;
    rows.push({ id: entry.id, left: before, right: entry, change: sameJson(before, entry) ? 'same' : 'changed' });
  });
  flushRemovedBefore(left.length);
  return rows;
}

function textChange(left: string, right: string): EntryChange {
  if (left === right) return 'same';
  if (left === '') return 'added';
  if (right === '') return 'removed';
  return 'changed';
}

/** What changed from the `left` revision's content to the `right` one's, per section. */
export function diffPoaRevisions(left: PoaContent, right: PoaContent): PoaRevisionDiff {
  const sections = Object.fromEntries(
    POA_SECTIONS.map((section) => [section, alignEntries<{ id: string }>(left[section], right[section])]),
  ) as PoaRevisionDiff['sections'];
  return {
    sections,
    additionalInformation: {
      left: left.additionalInformation,
      right: right.additionalInformation,
      change: textChange(left.additionalInformation, right.additionalInformation),
    },
    evidence: { left: left.evidence.length, right: right.evidence.length, changed: !sameJson(left.evidence, right.evidence) },
  };
}

/** How many rows of each kind a comparison has, for its summary line. */
export function countChanges(diff: PoaRevisionDiff): Record<Exclude<EntryChange, 'same'>, number> {
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const section of POA_SECTIONS) {
    for (const row of diff.sections[section]) if (row.change !== 'same') counts[row.change] += 1;
  }
  if (diff.additionalInformation.change !== 'same') counts[diff.additionalInformation.change] += 1;
  return counts;
}
