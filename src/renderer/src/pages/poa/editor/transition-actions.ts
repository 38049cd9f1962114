import type { PoaStatus } from '@shared/domain/poa';

/** What a move between statuses means to the user, which words its button and confirmation. */
export type TransitionAction = 'review' | 'return' | 'submit' | 'accept' | 'moreInfo' | 'reject' | 'reopen';

export type ConfirmedAction = Exclude<TransitionAction, 'review' | 'return'>;

const ACTION_OF_TARGET: Record<Exclude<PoaStatus, 'draft'>, TransitionAction> = {
  internal_review: 'review',
  submitted: 'submit',
  accepted: 'accept',
  more_info_requested: 'moreInfo',
  rejected: 'reject',
};

/** Back to draft is a return from internal review (same revision) or a reopening (the next revision). */
export function transitionAction(from: PoaStatus, to: PoaStatus): TransitionAction {
  if (to === 'draft') return from === 'internal_review' ? 'return' : 'reopen';
  return ACTION_OF_TARGET[to];
}

/**
 * Moves that cannot be taken back ask first: submitting seals the revision, a decision records the
 * platform's answer, and reopening starts a new revision.
 */
export function needsConfirmation(action: TransitionAction): action is ConfirmedAction {
  return action !== 'review' && action !== 'return';
}

/** Moves that send the text somewhere (review, submission) take the latest keystrokes with them. */
export function savesFirst(action: TransitionAction): boolean {
  return action === 'review' || action === 'return' || action === 'submit';
}
