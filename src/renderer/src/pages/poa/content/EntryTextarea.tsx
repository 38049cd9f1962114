import { Textarea } from '@mantine/core';
import type { PoaLanguage } from '@shared/domain/poa';

/** Longest text of one entry (the contract's limit). */
export const ENTRY_TEXT_MAX = 4000;

interface EntryTextareaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The document's language, not the UI's: spelling, fonts and input methods follow the text. */
  lang: PoaLanguage;
  readOnly: boolean;
  target: string;
  placeholder?: string;
  maxLength?: number;
  minRows?: number;
}

/** The text of an entry, growing with what is written. */
export function EntryTextarea({ label, value, onChange, lang, readOnly, target, placeholder, maxLength = ENTRY_TEXT_MAX, minRows = 2 }: EntryTextareaProps) {
  return (
    <Textarea
      aria-label={label}
      placeholder={readOnly ? undefined : placeholder}
      autosize
      minRows={minRows}
      maxRows={14}
      maxLength={maxLength}
      lang={lang}
      value={value}
      readOnly={readOnly}
      onChange={(event) => onChange(event.currentTarget.value)}
      data-poa-target={target}
    />
  );
}
