import type { PoaContent, PoaWarning } from '@shared/api/poa-content-schemas';
import type { PoaTextPart } from '@shared/domain/poa';

/** The control of an entry a warning is about: its text, a corrective action's date, a link … */
export type TargetField = 'text' | 'date' | 'owner' | 'frequency' | 'rootCause' | 'add' | 'insertEvidence';

export interface WarningTarget {
  part: PoaTextPart | 'evidence';
  /** null for a control of the whole part (its "Add" button, the additional information). */
  entryId: string | null;
  field: TargetField;
  /** Characters to select in the text (a flagged phrase, a placeholder). */
  range: { start: number; end: number } | null;
}

/** Controls of an entry the editor moves the focus to after a move or a removal. */
export type ControlField = TargetField | 'up' | 'down' | 'remove';

/** The value of `data-poa-target` on a control: "<part>/<entry id or ->/<field>". */
export function targetKey(target: { part: WarningTarget['part']; entryId: string | null; field: ControlField }): string {
  return `${target.part}/${target.entryId ?? '-'}/${target.field}`;
}

const FIELD_OF_CODE: Partial<Record<PoaWarning['code'], TargetField>> = {
  entry_without_root_cause: 'rootCause',
  corrective_without_date: 'date',
  corrective_date_in_future: 'date',
  preventive_without_owner: 'owner',
  preventive_without_frequency: 'frequency',
};

/**
 * Where clicking a warning takes the user: the entry (and control) it names; an empty section's
 * "Add" button; the evidence button; for an ASIN not mentioned, the first root cause, where the
 * item usually belongs, or the button that adds one.
 */
export function warningTarget(warning: PoaWarning, content: PoaContent): WarningTarget {
  if (warning.code === 'evidence_not_inserted') return { part: 'evidence', entryId: null, field: 'insertEvidence', range: null };
  if (warning.code === 'affected_item_missing' || warning.part === null) {
    const first = content.rootCauses[0];
    return { part: 'rootCauses', entryId: first?.id ?? null, field: first ? 'text' : 'add', range: null };
  }
  if (warning.part === 'additionalInformation') return { part: warning.part, entryId: null, field: 'text', range: warning.range };
  if (warning.entryId === null) return { part: warning.part, entryId: null, field: 'add', range: null };
  return { part: warning.part, entryId: warning.entryId, field: FIELD_OF_CODE[warning.code] ?? 'text', range: warning.range };
}

/** Warnings about one entry (or the additional information), to show beside it. */
export function warningsOfEntry(warnings: readonly PoaWarning[], part: PoaTextPart, entryId: string | null): PoaWarning[] {
  return warnings.filter((warning) => warning.part === part && warning.entryId === entryId && warning.severity === 'warning');
}
