import type { TFunction } from 'i18next';
import type { PoaWarning } from '@shared/api/poa-content-schemas';
import { POA_PHRASE_CATEGORIES, POA_TEXT_PARTS, type PoaPhraseCategory, type PoaTextPart } from '@shared/domain/poa';
import { formatDay } from '../../../i18n/format-values';

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** "Root cause 2", "Corrective action 1"; the additional information is one part with no number. */
export function describeEntry(t: TFunction, part: PoaTextPart, index: number): string {
  if (part === 'additionalInformation') return t('poa.sections.additionalInformation');
  return t(`poa.entryNames.${part}`, { index });
}

/**
 * A warning of the checks in the UI language. The backend sends a code and values (section,
 * 1-based index, item, phrase category, the text matched, dates); sections, categories and dates
 * are words of the UI, so they are translated here before going into the message.
 */
export function describePoaWarning(t: TFunction, warning: PoaWarning, language: string): string {
  const { params } = warning;
  const index = typeof params.index === 'number' ? params.index : Number(params.index ?? 0);
  const part = oneOf(POA_TEXT_PARTS, params.section) ?? warning.part ?? 'rootCauses';
  const text = (value: unknown) => (value === undefined ? '' : String(value));
  switch (warning.code) {
    case 'section_empty':
      return t('poa.warnings.section_empty', { section: t(`poa.sections.${part}`) });
    case 'entry_text_empty':
      return t('poa.warnings.entry_text_empty', { entry: describeEntry(t, part, index) });
    case 'root_cause_without_corrective':
      return t('poa.warnings.root_cause_without_corrective', { entry: describeEntry(t, 'rootCauses', index) });
    case 'root_cause_without_preventive':
      return t('poa.warnings.root_cause_without_preventive', { entry: describeEntry(t, 'rootCauses', index) });
    case 'entry_without_root_cause':
      return t('poa.warnings.entry_without_root_cause', { entry: describeEntry(t, part, index) });
    case 'corrective_without_date':
      return t('poa.warnings.corrective_without_date', { entry: describeEntry(t, 'correctiveActions', index) });
    case 'corrective_date_in_future':
      return t('poa.warnings.corrective_date_in_future', {
        entry: describeEntry(t, 'correctiveActions', index),
        date: formatDay(text(params.date), language),
        today: formatDay(text(params.today), language),
      });
    case 'preventive_without_owner':
      return t('poa.warnings.preventive_without_owner', { entry: describeEntry(t, 'preventiveMeasures', index) });
    case 'preventive_without_frequency':
      return t('poa.warnings.preventive_without_frequency', { entry: describeEntry(t, 'preventiveMeasures', index) });
    case 'affected_item_missing':
      return t('poa.warnings.affected_item_missing', { item: text(params.item) });
    case 'flagged_phrase': {
      const category: PoaPhraseCategory = oneOf(POA_PHRASE_CATEGORIES, params.category) ?? 'emotional_plea';
      return t('poa.warnings.flagged_phrase', {
        entry: describeEntry(t, part, index),
        match: text(params.match),
        category: t(`poa.phraseCategories.${category}`),
      });
    }
    case 'unfilled_placeholder':
      return t('poa.warnings.unfilled_placeholder', { entry: describeEntry(t, part, index), match: text(params.match) });
    case 'evidence_not_inserted':
      return t('poa.warnings.evidence_not_inserted');
  }
}
