import { useCallback, useEffect, useRef } from 'react';
import { focusPoaTarget } from '../checks/focus-poa-target';

/**
 * Asks for the focus to go to a control once the next render is on screen: a new entry's text,
 * the button of a moved entry (the one that moved it, or the other if it is now at the end), the
 * "Add" button after a removal. The keys are tried in order.
 */
export function useFocusAfterRender(): (...keys: string[]) => void {
  const pending = useRef<string[] | null>(null);
  useEffect(() => {
    const keys = pending.current;
    if (!keys) return;
    pending.current = null;
    focusPoaTarget(keys);
  });
  return useCallback((...keys: string[]) => {
    pending.current = keys;
  }, []);
}
