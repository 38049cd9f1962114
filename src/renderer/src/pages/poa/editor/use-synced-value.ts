import { useState } from 'react';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A field's value while the user edits it, following the saved value when that changes (a refetch
 * after any POA write) unless the user has typed something of their own since.
 */
export function useSyncedValue<T>(saved: T): [T, (value: T) => void] {
  const [local, setLocal] = useState(saved);
  const [base, setBase] = useState(saved);
  if (!same(saved, base)) {
    setBase(saved);
    if (same(local, base)) setLocal(saved);
  }
  return [local, setLocal];
}
