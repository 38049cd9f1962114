import type { PoaContent, PoaWarning } from '@shared/api/poa-content-schemas';
import { POA_SECTIONS, type PoaSection, type PoaWarningCode } from '@shared/domain/poa';

function warning(code: PoaWarningCode, part: PoaSection, entryId: string | null, params: PoaWarning['params']): PoaWarning {
  return { code, severity: 'warning', part, entryId, params, range: null };
}

/**
 * The shape Amazon asks for: no empty section or entry, every root cause answered by at least one
 * corrective and one preventive entry, every entry tied to a root cause that exists, corrective
 * actions dated (and not in the future: they are actions already taken), preventive measures with
 * an owner and a frequency. `today` is the store's business day, YYYY-MM-DD.
 */
export function structureWarnings(content: PoaContent, today: string): PoaWarning[] {
  const warnings: PoaWarning[] = [];
  for (const section of POA_SECTIONS) {
    const entries = content[section];
    if (entries.length === 0) warnings.push(warning('section_empty', section, null, { section }));
    entries.forEach((entry, i) => {
      if (entry.text.trim() === '') warnings.push(warning('entry_text_empty', section, entry.id, { section, index: i + 1 }));
    });
  }

  const rootCauseIds = new Set(content.rootCauses.map((cause) => cause.id));
  content.rootCauses.forEach((cause, i) => {
    if (!content.correctiveActions.some((action) => action.rootCauseId === cause.id)) {
      warnings.push(warning('root_cause_without_corrective', 'rootCauses', cause.id, { index: i + 1 }));
    }
    if (!content.preventiveMeasures.some((measure) => measure.rootCauseId === cause.id)) {
      warnings.push(warning('root_cause_without_preventive', 'rootCauses', cause.id, { index: i + 1 }));
    }
  });

  for (const section of ['correctiveActions', 'preventiveMeasures'] as const) {
    content[section].forEach((entry, i) => {
      if (entry.rootCauseId === null || !rootCauseIds.has(entry.rootCauseId)) {
        warnings.push(warning('entry_without_root_cause', section, entry.id, { section, index: i + 1 }));
      }
    });
  }

  content.correctiveActions.forEach((action, i) => {
    if (action.date === null) warnings.push(warning('corrective_without_date', 'correctiveActions', action.id, { index: i + 1 }));
    else if (action.date > today) {
      warnings.push(warning('corrective_date_in_future', 'correctiveActions', action.id, { index: i + 1, date: action.date, today }));
    }
  });

  content.preventiveMeasures.forEach((measure, i) => {
    if (measure.owner.trim() === '') warnings.push(warning('preventive_without_owner', 'preventiveMeasures', measure.id, { index: i + 1 }));
    if (measure.frequency === null) {
      warnings.push(warning('preventive_without_frequency', 'preventiveMeasures', measure.id, { index: i + 1 }));
    }
  });
  return warnings;
}
