import type { PoaWarning } from '@shared/api/poa-content-schemas';
import type { PoaLanguage } from '@shared/domain/poa';
import { FLAGGED_PHRASES, PLACEHOLDER_PATTERN } from './flagged-phrases';
import type { PoaTextField } from './poa-text-fields';

function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(global)];
}

function located(field: PoaTextField, match: RegExpExecArray): Pick<PoaWarning, 'part' | 'entryId' | 'range'> {
  return { part: field.part, entryId: field.entryId, range: { start: match.index, end: match.index + match[0].length } };
}

/**
 * Phrases reviewers reject, in the document's language, and template placeholders left unfilled,
 * each with the text matched and where it is.
 */
export function phraseWarnings(fields: readonly PoaTextField[], language: PoaLanguage): PoaWarning[] {
  const warnings: PoaWarning[] = [];
  for (const field of fields) {
    for (const { category, pattern } of FLAGGED_PHRASES[language]) {
      for (const match of allMatches(pattern, field.text)) {
        warnings.push({
          code: 'flagged_phrase',
          severity: 'warning',
          ...located(field, match),
          params: { category, match: match[0], section: field.part, index: field.index },
        });
      }
    }
    for (const match of allMatches(PLACEHOLDER_PATTERN, field.text)) {
      warnings.push({
        code: 'unfilled_placeholder',
        severity: 'warning',
        ...located(field, match),
        params: { match: match[0], section: field.part, index: field.index },
      });
    }
  }
  return warnings;
}

// ASINs and SKUs are ASCII; Japanese or Chinese text may run right up to them ("B0ABC12345と").
const ALPHANUMERIC = /[A-Za-z0-9]/;

/** True when `item` appears in `text` as a whole token (B0ABC12345 does not count inside B0ABC123456), ignoring case. */
export function mentionsItem(text: string, item: string): boolean {
  const haystack = text.toLowerCase();
  const needle = item.toLowerCase();
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !ALPHANUMERIC.test(before)) && (after === undefined || !ALPHANUMERIC.test(after))) return true;
  }
  return false;
}

/** Every ASIN/SKU of the notice must be addressed in the text itself, not only in the table of affected items. */
export function affectedItemWarnings(fields: readonly PoaTextField[], affectedItems: readonly string[]): PoaWarning[] {
  return affectedItems
    .filter((item) => !fields.some((field) => mentionsItem(field.text, item)))
    .map((item): PoaWarning => ({ code: 'affected_item_missing', severity: 'warning', part: null, entryId: null, params: { item }, range: null }));
}
