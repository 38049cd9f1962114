import type { PoaRootCause } from '@shared/api/poa-content-schemas';

const LABEL_CHARS = 70;

/** Root causes as choices for a link: their number and the start of their text. */
export function rootCauseOptions(rootCauses: readonly PoaRootCause[], untitled: (index: number) => string): { value: string; label: string }[] {
  return rootCauses.map((cause, i) => {
    const text = cause.text.trim().replace(/\s+/g, ' ');
    const start = [...text].length > LABEL_CHARS ? `${[...text].slice(0, LABEL_CHARS - 1).join('')}…` : text;
    return { value: cause.id, label: text ? `${i + 1}. ${start}` : untitled(i + 1) };
  });
}
