import { useCallback, useState } from 'react';

export type FieldErrors<V> = Partial<Record<keyof V & string, string>>;

/** Minimal controlled-form state: values, one error per field, cleared when the field changes. */
export function useFormFields<V extends object>(initial: V) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors<V>>({});

  const setField = useCallback(<K extends keyof V & string>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      if (!(field in current)) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  }, []);

  const reset = useCallback((next: V) => {
    setValues(next);
    setErrors({});
  }, []);

  return { values, setValues, setField, errors, setErrors, reset };
}
