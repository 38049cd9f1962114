import { AppError } from '@shared/api/app-error';
import type { PoaOutcome, PoaStatus } from '@shared/domain/poa';

/**
 * Where a case may go from each status. A plan is reviewed internally before it is submitted;
 * a case asked for more information or rejected is reopened as a new revision; an accepted case
 * is closed (a new notice is a new case).
 */
const NEXT: Record<PoaStatus, readonly PoaStatus[]> = {
  draft: ['internal_review'],
  internal_review: ['draft', 'submitted'],
  submitted: ['accepted', 'more_info_requested', 'rejected'],
  accepted: [],
  more_info_requested: ['draft'],
  rejected: ['draft'],
};

export type PoaTransition =
  | { kind: 'review' }
  /** Internal review sends the draft back: same revision. */
  | { kind: 'return' }
  /** The revision is sealed: never written again. */
  | { kind: 'submit' }
  | { kind: 'decide'; outcome: PoaOutcome }
  /** A decided case goes back to draft as a new revision, starting from the last one's text. */
  | { kind: 'reopen' };

export function nextStatuses(status: PoaStatus): readonly PoaStatus[] {
  return NEXT[status];
}

/** Content and notice fields change only before submission. */
export function isEditable(status: PoaStatus): boolean {
  return status === 'draft' || status === 'internal_review';
}

/** What moving a case from `from` to `to` means, or a conflict naming the allowed moves. */
export function planTransition(from: PoaStatus, to: PoaStatus): PoaTransition {
  const allowed = NEXT[from];
  if (!allowed.includes(to)) {
    const options = allowed.length > 0 ? `it can go to ${allowed.join(', ')}` : 'it is closed';
    throw new AppError('conflict', `A case in status ${from} cannot go to ${to}; ${options}.`, { from, to, allowed: [...allowed] });
  }
  switch (to) {
    case 'internal_review':
      return { kind: 'review' };
    case 'submitted':
      return { kind: 'submit' };
    case 'accepted':
    case 'more_info_requested':
    case 'rejected':
      return { kind: 'decide', outcome: to };
    case 'draft':
      return from === 'internal_review' ? { kind: 'return' } : { kind: 'reopen' };
  }
}
