import { useCallback, useRef } from 'react';
import { useFormFields, type FieldErrors } from '../../forms/use-form-fields';

export interface AnnotationFormValues {
  date: string;
  text: string;
}
export const ANNOTATION_FORM_FIELDS = ['date', 'text'] as const;

/** Blank fields are caught before the round trip; everything else is the backend's to judge. */
export function blankAnnotationFields(values: AnnotationFormValues, required: string): FieldErrors<AnnotationFormValues> {
  const errors: FieldErrors<AnnotationFormValues> = {};
  for (const field of ANNOTATION_FORM_FIELDS) if (values[field].trim() === '') errors[field] = required;
  return errors;
}

/**
 * The "new annotation" form, held by the page so a click on any chart can fill in its date,
 * bring the form into view and put the cursor in the note.
 */
export function useAnnotationDraft(today: string) {
  const form = useFormFields<AnnotationFormValues>({ date: today, text: '' });
  const elements = useRef<{ panel: HTMLElement | null; text: HTMLTextAreaElement | null }>({ panel: null, text: null });
  const attachPanel = useCallback((element: HTMLElement | null) => {
    elements.current.panel = element;
  }, []);
  const attachText = useCallback((element: HTMLTextAreaElement | null) => {
    elements.current.text = element;
  }, []);
  const { setField } = form;
  const prefill = useCallback(
    (date: string) => {
      setField('date', date);
      elements.current.panel?.scrollIntoView({ block: 'center' });
      elements.current.text?.focus({ preventScroll: true });
    },
    [setField],
  );
  return { form, attachPanel, attachText, prefill };
}
export type AnnotationDraft = ReturnType<typeof useAnnotationDraft>;
