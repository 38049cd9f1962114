import type { PoaContent } from '@shared/api/poa-content-schemas';
import type { PoaSection } from '@shared/domain/poa';

/** Id prefixes as the demo and the templates' insertions write them: rc-1, ca-2, pm-3. */
export const ENTRY_ID_PREFIX: Record<PoaSection, string> = {
  rootCauses: 'rc',
  correctiveActions: 'ca',
  preventiveMeasures: 'pm',
};

/** Most entries a section may hold (the contract's limits). */
export const SECTION_LIMIT: Record<PoaSection, number> = {
  rootCauses: 50,
  correctiveActions: 100,
  preventiveMeasures: 100,
};

/**
 * `count` fresh ids for a section, numbered after the highest one in use, so an id is never
 * reused within a document (a revision comparison aligns entries by id).
 */
export function nextEntryIds(content: PoaContent, section: PoaSection, count = 1): string[] {
  const prefix = ENTRY_ID_PREFIX[section];
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  const highest = content[section].reduce((max, entry) => Math.max(max, Number(pattern.exec(entry.id)?.[1] ?? 0)), 0);
  return Array.from({ length: count }, (_, i) => `${prefix}-${highest + i + 1}`);
}

export function nextEntryId(content: PoaContent, section: PoaSection): string {
  return nextEntryIds(content, section)[0]!;
}
