import type { PoaContent } from '@shared/api/poa-content-schemas';
import type { PoaTextPart } from '@shared/domain/poa';

/** One piece of text the user wrote, and where it sits in the document. */
export interface PoaTextField {
  part: PoaTextPart;
  /** The entry's id; null for additionalInformation. */
  entryId: string | null;
  /** 1-based position of the entry in its section (1 for additionalInformation). */
  index: number;
  text: string;
}

/** Every text of the document in reading order: the three sections, then the additional information. */
export function poaTextFields(content: PoaContent): PoaTextField[] {
  const entries = (part: PoaTextPart, list: readonly { id: string; text: string }[]): PoaTextField[] =>
    list.map((entry, i) => ({ part, entryId: entry.id, index: i + 1, text: entry.text }));
  return [
    ...entries('rootCauses', content.rootCauses),
    ...entries('correctiveActions', content.correctiveActions),
    ...entries('preventiveMeasures', content.preventiveMeasures),
    { part: 'additionalInformation', entryId: null, index: 1, text: content.additionalInformation },
  ];
}

/** Characters as a reader counts them: code points, so a CJK character or an emoji is one. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export interface PoaLengths {
  parts: Record<PoaTextPart, number>;
  total: number;
}

/** Characters written per part (a preventive measure's owner included) and in total. */
export function poaLengths(content: PoaContent): PoaLengths {
  const sum = (texts: string[]) => texts.reduce((n, text) => n + characterCount(text), 0);
  const parts: Record<PoaTextPart, number> = {
    rootCauses: sum(content.rootCauses.map((e) => e.text)),
    correctiveActions: sum(content.correctiveActions.map((e) => e.text)),
    preventiveMeasures: sum(content.preventiveMeasures.flatMap((e) => [e.text, e.owner])),
    additionalInformation: characterCount(content.additionalInformation),
  };
  return { parts, total: Object.values(parts).reduce((a, b) => a + b, 0) };
}
