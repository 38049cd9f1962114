import { describe, expect, it } from 'vitest';
import { POA_STATUSES } from '../../../../src/shared/domain/poa';
import { isEditable, nextStatuses, planTransition } from '../../../../src/main/core/poa/poa-transitions';
import { appErrorOf } from '../../../helpers/expect-app-error';

describe('POA status rules', () => {
  it('goes draft → internal review → submitted → a decision, as the issue lays out', () => {
    expect(planTransition('draft', 'internal_review')).toEqual({ kind: 'review' });
    expect(planTransition('internal_review', 'submitted')).toEqual({ kind: 'submit' });
    expect(planTransition('submitted', 'accepted')).toEqual({ kind: 'decide', outcome: 'accepted' });
    expect(planTransition('submitted', 'more_info_requested')).toEqual({ kind: 'decide', outcome: 'more_info_requested' });
    expect(planTransition('submitted', 'rejected')).toEqual({ kind: 'decide', outcome: 'rejected' });
  });

  it('lets the reviewer send a draft back without starting a new revision', () => {
    expect(planTransition('internal_review', 'draft')).toEqual({ kind: 'return' });
  });

  it('reopens a case asked for more information or rejected as a new revision', () => {
    expect(planTransition('more_info_requested', 'draft')).toEqual({ kind: 'reopen' });
    expect(planTransition('rejected', 'draft')).toEqual({ kind: 'reopen' });
  });

  it('refuses to skip the internal review, to decide an unsubmitted plan, or to move an accepted case, naming what is allowed', () => {
    const skipped = appErrorOf(() => planTransition('draft', 'submitted'));
    expect(skipped).toMatchObject({ code: 'conflict', details: { from: 'draft', to: 'submitted', allowed: ['internal_review'] } });
    expect(skipped.message).toBe('A case in status draft cannot go to submitted; it can go to internal_review.');
    expect(appErrorOf(() => planTransition('internal_review', 'accepted')).code).toBe('conflict');
    expect(appErrorOf(() => planTransition('accepted', 'draft')).message).toBe('A case in status accepted cannot go to draft; it is closed.');
    expect(appErrorOf(() => planTransition('submitted', 'draft')).code).toBe('conflict');
  });

  it('answers every allowed move through nextStatuses, and nothing else plans', () => {
    for (const from of POA_STATUSES) {
      for (const to of POA_STATUSES) {
        const allowed = nextStatuses(from).includes(to);
        if (allowed) expect(() => planTransition(from, to)).not.toThrow();
        else expect(() => planTransition(from, to)).toThrow();
      }
    }
  });

  it('keeps the text editable only before submission', () => {
    expect(POA_STATUSES.filter(isEditable)).toEqual(['draft', 'internal_review']);
  });
});
