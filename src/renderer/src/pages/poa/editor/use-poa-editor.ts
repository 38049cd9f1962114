import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import { AppError } from '@shared/api/app-error';
import type { PoaChecks, PoaContent } from '@shared/api/poa-content-schemas';
import type { PoaCaseDetail, PoaSaveDraftResult } from '@shared/api/poa-schemas';
import { useBridge } from '../../../bridge/bridge-context';
import { poaKeys } from '../../../hooks/use-poa';
import { isTyping, poaContentReducer, type PoaContentAction } from '../content/poa-content-reducer';
import { AutosaveController, type AutosaveState } from './autosave-controller';
import { clearLocalDraft, readLocalDraft, unsavedLocalDraft, writeLocalDraft, type LocalDraft } from './local-draft';

/** Seconds of quiet before a change is saved: long enough not to save mid-word, short enough to lose little. */
export const AUTOSAVE_DELAY_MS = 2_000;

export type SaveRefusal = 'stale_revision' | 'not_editable';

/** Why the backend refused an autosave for good: the case is on another revision, or no longer editable. */
export function saveRefusal(error: unknown): SaveRefusal | null {
  if (!AppError.is(error) || error.code !== 'conflict') return null;
  const reason = error.details?.reason;
  return reason === 'stale_revision' || reason === 'not_editable' ? reason : null;
}

export interface PoaEditorModel {
  content: PoaContent;
  dispatch: (action: PoaContentAction) => void;
  checks: PoaChecks;
  autosave: AutosaveState;
  /** The case allows changes and this editor may still save them. */
  editable: boolean;
  /** Text typed here that the backend does not hold (still to save, or refused because the case moved on). */
  unsaved: boolean;
  /** Saves what is unsaved now (on blur, before a transition or an export); true once saved. */
  flush: () => Promise<boolean>;
  /** A copy on this computer newer than the backend's text (a crash or a lost connection), offered back. */
  localDraft: LocalDraft | null;
  restoreLocalDraft: () => void;
  discardLocalDraft: () => void;
}

/**
 * The text of one revision being edited: a local working copy, autosaved a moment after each change
 * and on blur, mirrored to this computer's storage until the backend has it. The editor is mounted
 * per case and revision, so `detail` changing under it (another write refetched ['poa']) updates the
 * case's facts and the checks, never the text under the user's cursor.
 */
export function usePoaEditor(detail: PoaCaseDetail, detailUpdatedAt: number): PoaEditorModel {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const caseId = detail.case.id;
  const revision = detail.revision.revision;
  const [content, apply] = useReducer(poaContentReducer, detail.revision.content);
  // Set by an edit that is one deliberate step: the effect below saves it without the pause.
  const saveAtOnce = useRef(false);
  const dispatch = useCallback((action: PoaContentAction) => {
    saveAtOnce.current = !isTyping(action);
    apply(action);
  }, []);
  const [saved, setSaved] = useState<{ checks: PoaChecks; at: number } | null>(null);
  const [localDraft, setLocalDraft] = useState(() =>
    detail.case.editable ? unsavedLocalDraft(readLocalDraft(window.localStorage, caseId, revision), detail.revision.content) : null,
  );
  const [controller] = useState(
    () =>
      new AutosaveController<PoaContent, PoaSaveDraftResult>({
        save: (next) => bridge.invoke('poa.saveDraft', { id: caseId, revision, content: next }),
        savedAtOf: (result) => result.savedAt,
        isFinal: (error) => saveRefusal(error) !== null,
        initial: detail.revision.content,
        initialSavedAt: detail.revision.savedAt,
        delayMs: AUTOSAVE_DELAY_MS,
        onSaved: (result) => {
          setSaved({ checks: result.checks, at: Date.now() });
          if (!controller.dirty) clearLocalDraft(window.localStorage, caseId, revision);
        },
      }),
  );
  const autosave = useSyncExternalStore(controller.subscribe, controller.getState);

  useEffect(() => {
    controller.edit(content);
    if (controller.dirty) writeLocalDraft(window.localStorage, caseId, revision, { content, editedAt: new Date().toISOString() });
    if (saveAtOnce.current) {
      saveAtOnce.current = false;
      void controller.flush();
    }
  }, [caseId, content, controller, revision]);

  useEffect(() => {
    if (!detail.case.editable) controller.stop(null);
  }, [controller, detail.case.editable]);

  // A refusal because the case moved on: fetch it again so the page shows where it stands now.
  const refusal = autosave.kind === 'stopped' ? saveRefusal(autosave.error) : null;
  useEffect(() => {
    if (refusal === 'not_editable') void queryClient.invalidateQueries({ queryKey: poaKeys.detail(caseId) });
  }, [caseId, queryClient, refusal]);

  // Leaving the editor saves what was typed in its last seconds.
  useEffect(
    () => () => {
      void controller.flush().finally(() => controller.dispose());
    },
    [controller],
  );

  const flush = useCallback(() => controller.flush(), [controller]);
  const restoreLocalDraft = useCallback(() => {
    if (localDraft) dispatch({ type: 'replace', content: localDraft.content });
    setLocalDraft(null);
  }, [dispatch, localDraft]);
  const discardLocalDraft = useCallback(() => {
    clearLocalDraft(window.localStorage, caseId, revision);
    setLocalDraft(null);
  }, [caseId, revision]);

  return {
    content,
    dispatch,
    // Whichever is newer: the checks of the last autosave, or those of a refetch (an item list edited).
    checks: saved && saved.at > detailUpdatedAt ? saved.checks : detail.checks,
    autosave,
    editable: detail.case.editable && autosave.kind !== 'stopped',
    unsaved: controller.dirty,
    flush,
    localDraft,
    restoreLocalDraft,
    discardLocalDraft,
  };
}
