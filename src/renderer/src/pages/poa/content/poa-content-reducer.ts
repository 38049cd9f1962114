import type {
  PoaContent,
  PoaCorrectiveAction,
  PoaEvidence,
  PoaPreventiveMeasure,
  PoaRootCause,
} from '@shared/api/poa-content-schemas';
import type { PoaTemplate } from '@shared/api/poa-schemas';
import type { PoaSection } from '@shared/domain/poa';
import { SECTION_LIMIT } from './entry-ids';
import { insertTemplate } from './insert-template';

/** Most evidence tables a document may hold (the contract's limit). */
export const EVIDENCE_LIMIT = 20;

export type PoaContentAction =
  | { type: 'replace'; content: PoaContent }
  /** A new empty entry at the end of its section; `id` comes from `nextEntryId` so the caller can focus it. */
  | { type: 'add'; section: PoaSection; id: string }
  | { type: 'updateRootCause'; id: string; patch: Partial<Omit<PoaRootCause, 'id'>> }
  | { type: 'updateCorrective'; id: string; patch: Partial<Omit<PoaCorrectiveAction, 'id'>> }
  | { type: 'updatePreventive'; id: string; patch: Partial<Omit<PoaPreventiveMeasure, 'id'>> }
  | { type: 'remove'; section: PoaSection; id: string }
  | { type: 'move'; section: PoaSection; id: string; offset: -1 | 1 }
  | { type: 'insertTemplate'; template: PoaTemplate; keys: ReadonlySet<string> }
  | { type: 'insertEvidence'; items: readonly PoaEvidence[] }
  | { type: 'removeEvidence'; index: number }
  | { type: 'setAdditionalInformation'; text: string };

/**
 * Typing in a text: saved after a pause, so a word is not saved letter by letter. Every other edit
 * (a date, a link, an entry added, moved or removed, suggestions or numbers inserted) is one
 * deliberate step, saved at once so the checks follow it without waiting.
 */
export function isTyping(action: PoaContentAction): boolean {
  switch (action.type) {
    case 'updateRootCause':
    case 'setAdditionalInformation':
      return true;
    case 'updateCorrective':
      return 'text' in action.patch;
    case 'updatePreventive':
      return 'text' in action.patch || 'owner' in action.patch;
    default:
      return false;
  }
}

/** A new action or measure answers the only root cause there is; with several, the user picks. */
function defaultLink(content: PoaContent): string | null {
  return content.rootCauses.length === 1 ? content.rootCauses[0]!.id : null;
}

function emptyEntry(content: PoaContent, section: PoaSection, id: string) {
  switch (section) {
    case 'rootCauses':
      return { id, text: '' };
    case 'correctiveActions':
      return { id, rootCauseId: defaultLink(content), text: '', date: null };
    case 'preventiveMeasures':
      return { id, rootCauseId: defaultLink(content), text: '', owner: '', frequency: null };
  }
}

function updated<E extends { id: string }>(entries: readonly E[], id: string, patch: Partial<E>): E[] {
  return entries.map((entry) => (entry.id === id ? { ...entry, ...patch } : entry));
}

function moved<E extends { id: string }>(entries: readonly E[], id: string, offset: -1 | 1): E[] {
  const from = entries.findIndex((entry) => entry.id === id);
  const to = from + offset;
  if (from === -1 || to < 0 || to >= entries.length) return [...entries];
  const next = [...entries];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/**
 * Removes an entry. A root cause takes its links with it: the actions and measures that answered
 * it become unlinked (the checks then ask for a new link) rather than pointing at nothing.
 */
function removed(content: PoaContent, section: PoaSection, id: string): PoaContent {
  if (section !== 'rootCauses') return { ...content, [section]: content[section].filter((entry) => entry.id !== id) };
  const unlink = <E extends { rootCauseId: string | null }>(entry: E): E => (entry.rootCauseId === id ? { ...entry, rootCauseId: null } : entry);
  return {
    ...content,
    rootCauses: content.rootCauses.filter((entry) => entry.id !== id),
    correctiveActions: content.correctiveActions.map(unlink),
    preventiveMeasures: content.preventiveMeasures.map(unlink),
  };
}

/**
 * Evidence inserted again replaces the table of the same metric (the numbers of a later import),
 * so one click twice never lists a metric twice.
 */
function withEvidence(current: readonly PoaEvidence[], items: readonly PoaEvidence[]): PoaEvidence[] {
  const replaced = new Set(items.map((item) => item.metricKey));
  return [...current.filter((item) => !replaced.has(item.metricKey)), ...items].slice(0, EVIDENCE_LIMIT);
}

/** Every edit the editor makes to a plan's content; pure, so each one is tested with plain data. */
export function poaContentReducer(content: PoaContent, action: PoaContentAction): PoaContent {
  switch (action.type) {
    case 'replace':
      return action.content;
    case 'add':
      if (content[action.section].length >= SECTION_LIMIT[action.section]) return content;
      if (content[action.section].some((entry) => entry.id === action.id)) return content;
      return { ...content, [action.section]: [...content[action.section], emptyEntry(content, action.section, action.id)] };
    case 'updateRootCause':
      return { ...content, rootCauses: updated<PoaRootCause>(content.rootCauses, action.id, action.patch) };
    case 'updateCorrective':
      return { ...content, correctiveActions: updated<PoaCorrectiveAction>(content.correctiveActions, action.id, action.patch) };
    case 'updatePreventive':
      return { ...content, preventiveMeasures: updated<PoaPreventiveMeasure>(content.preventiveMeasures, action.id, action.patch) };
    case 'remove':
      return removed(content, action.section, action.id);
    case 'move':
      return { ...content, [action.section]: moved<{ id: string }>(content[action.section], action.id, action.offset) };
    case 'insertTemplate':
      return insertTemplate(content, action.template, action.keys);
    case 'insertEvidence':
      return { ...content, evidence: withEvidence(content.evidence, action.items) };
    case 'removeEvidence':
      return { ...content, evidence: content.evidence.filter((_, index) => index !== action.index) };
    case 'setAdditionalInformation':
      return { ...content, additionalInformation: action.text };
  }
}
