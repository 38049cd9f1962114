import { targetKey, type WarningTarget } from './warning-target';

function usable(element: HTMLElement | null): element is HTMLElement {
  return element !== null && !element.hasAttribute('disabled') && element.getAttribute('aria-disabled') !== 'true';
}

/**
 * Moves the focus to the first of `keys` (values of `data-poa-target`) that is on the page and
 * enabled, scrolling it into view; in a text, the characters of `range` are selected, so a flagged
 * phrase is what the user sees marked. True when something took the focus.
 */
export function focusPoaTarget(keys: readonly string[], range: WarningTarget['range'] = null, root: ParentNode = document): boolean {
  for (const key of keys) {
    const element = root.querySelector<HTMLElement>(`[data-poa-target="${CSS.escape(key)}"]`);
    if (!usable(element)) continue;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    if (range && (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)) element.setSelectionRange(range.start, range.end);
    return true;
  }
  return false;
}

/** Focuses the control a warning leads to. */
export function focusWarningTarget(target: WarningTarget): boolean {
  return focusPoaTarget([targetKey(target)], target.range);
}
