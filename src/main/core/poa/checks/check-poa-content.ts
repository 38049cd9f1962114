import type { PoaChecks, PoaContent } from '@shared/api/poa-content-schemas';
import type { PoaCaseType, PoaLanguage } from '@shared/domain/poa';
import type { Platform } from '@shared/domain/stores';
import { evidenceMetrics } from '../evidence/evidence-metrics';
import { poaLengths, poaTextFields } from './poa-text-fields';
import { structureWarnings } from './structure-checks';
import { affectedItemWarnings, phraseWarnings } from './text-checks';

export interface PoaCheckSubject {
  content: PoaContent;
  caseType: PoaCaseType;
  platform: Platform;
  language: PoaLanguage;
  affectedItems: readonly string[];
  /** The store's business day, YYYY-MM-DD: corrective actions dated after it are not taken yet. */
  today: string;
}

/**
 * Everything the editor shows beside the text: warnings to resolve (as codes and params the
 * renderer translates) and the length of each part. Pure: the same content always gives the same checks.
 */
export function checkPoaContent(subject: PoaCheckSubject): PoaChecks {
  const fields = poaTextFields(subject.content);
  const warnings = [
    ...structureWarnings(subject.content, subject.today),
    ...affectedItemWarnings(fields, subject.affectedItems),
    ...phraseWarnings(fields, subject.language),
  ];
  if (subject.content.evidence.length === 0 && evidenceMetrics(subject.caseType, subject.platform).length > 0) {
    warnings.push({ code: 'evidence_not_inserted', severity: 'info', part: null, entryId: null, params: {}, range: null });
  }
  return { warnings, lengths: poaLengths(subject.content) };
}
