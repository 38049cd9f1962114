import { useCallback, useState } from 'react';

/**
 * Open state plus the thing the modal is about. The target outlives `close()`, so the modal
 * keeps its title and content during its closing transition.
 */
export function useModalTarget<T>() {
  const [state, setState] = useState<{ opened: boolean; target: T | null }>({ opened: false, target: null });
  const open = useCallback((target: T | null) => setState({ opened: true, target }), []);
  const close = useCallback(() => setState((current) => ({ ...current, opened: false })), []);
  return { opened: state.opened, target: state.target, open, close };
}
