import type { PoaContent } from '@shared/api/poa-content-schemas';
import type { PoaTemplate } from '@shared/api/poa-schemas';
import { nextEntryIds, SECTION_LIMIT } from './entry-ids';

/** The suggestions a selection picks: a corrective or preventive suggestion counts only with its root cause. */
export function selectedSuggestions(template: PoaTemplate, keys: ReadonlySet<string>) {
  const rootCauses = template.rootCauses.filter((cause) => keys.has(cause.key));
  const chosen = new Set(rootCauses.map((cause) => cause.key));
  return {
    rootCauses,
    correctiveActions: template.correctiveActions.filter((action) => keys.has(action.key) && chosen.has(action.rootCauseKey)),
    preventiveMeasures: template.preventiveMeasures.filter((measure) => keys.has(measure.key) && chosen.has(measure.rootCauseKey)),
  };
}

/** True when the picked suggestions still fit within each section's limit. */
export function templateSelectionFits(content: PoaContent, template: PoaTemplate, keys: ReadonlySet<string>): boolean {
  const picked = selectedSuggestions(template, keys);
  return (
    content.rootCauses.length + picked.rootCauses.length <= SECTION_LIMIT.rootCauses &&
    content.correctiveActions.length + picked.correctiveActions.length <= SECTION_LIMIT.correctiveActions &&
    content.preventiveMeasures.length + picked.preventiveMeasures.length <= SECTION_LIMIT.preventiveMeasures
  );
}

/**
 * Appends the picked suggestions as new entries: each root cause gets a fresh id and the actions
 * and measures picked with it link to that id, so the template's pairing survives the insertion.
 */
export function insertTemplate(content: PoaContent, template: PoaTemplate, keys: ReadonlySet<string>): PoaContent {
  if (!templateSelectionFits(content, template, keys)) return content;
  const picked = selectedSuggestions(template, keys);
  const causeIds = nextEntryIds(content, 'rootCauses', picked.rootCauses.length);
  const actionIds = nextEntryIds(content, 'correctiveActions', picked.correctiveActions.length);
  const measureIds = nextEntryIds(content, 'preventiveMeasures', picked.preventiveMeasures.length);
  const idOfCause = new Map(picked.rootCauses.map((cause, i) => [cause.key, causeIds[i]!]));
  return {
    ...content,
    rootCauses: [...content.rootCauses, ...picked.rootCauses.map((cause, i) => ({ id: causeIds[i]!, text: cause.text }))],
    correctiveActions: [
      ...content.correctiveActions,
      ...picked.correctiveActions.map((action, i) => ({
        id: actionIds[i]!,
        rootCauseId: idOfCause.get(action.rootCauseKey) ?? null,
        text: action.text,
        // The user dates an action when it was taken; a template cannot know.
        date: null,
      })),
    ],
    preventiveMeasures: [
      ...content.preventiveMeasures,
      ...picked.preventiveMeasures.map((measure, i) => ({
        id: measureIds[i]!,
        rootCauseId: idOfCause.get(measure.rootCauseKey) ?? null,
        text: measure.text,
        owner: measure.owner,
        frequency: measure.frequency,
      })),
    ],
  };
}
