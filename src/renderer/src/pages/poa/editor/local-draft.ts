import { z } from 'zod';
import { poaContentSchema, type PoaContent } from '@shared/api/poa-content-schemas';

/**
 * A copy of the text on this computer, written with every change and dropped once the backend
 * holds it. The backend's autosave already survives a crash; this covers the seconds before the
 * next autosave and a backend that could not be reached, so no typed word depends on the network.
 */
const localDraftSchema = z.object({ content: poaContentSchema, editedAt: z.string() });
export type LocalDraft = z.infer<typeof localDraftSchema>;

const key = (caseId: number, revision: number) => `storefleet.poa.draft.${caseId}.${revision}`;

export function readLocalDraft(storage: Storage, caseId: number, revision: number): LocalDraft | null {
  try {
    const raw = storage.getItem(key(caseId, revision));
    if (raw === null) return null;
    const parsed = localDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    // Unreadable storage or a damaged copy: nothing to offer back.
    return null;
  }
}

export function writeLocalDraft(storage: Storage, caseId: number, revision: number, draft: LocalDraft): void {
  try {
    storage.setItem(key(caseId, revision), JSON.stringify(draft));
  } catch {
    // A full or disabled storage only loses the extra copy; the backend's autosave still runs.
  }
}

export function clearLocalDraft(storage: Storage, caseId: number, revision: number): void {
  try {
    storage.removeItem(key(caseId, revision));
  } catch {
    // Nothing to clear where storage is disabled.
  }
}

/** The copy worth offering back: one that says something the backend's text does not. */
export function unsavedLocalDraft(draft: LocalDraft | null, saved: PoaContent): LocalDraft | null {
  return draft && JSON.stringify(draft.content) !== JSON.stringify(saved) ? draft : null;
}
