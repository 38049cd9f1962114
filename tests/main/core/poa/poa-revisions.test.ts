import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../../../src/main/api/open-backend';
import type { PoaStatus } from '../../../../src/shared/domain/poa';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { completePoaContent, seedAmazonStores } from '../../../helpers/poa-content';
import { MIGRATIONS_DIR, openTestBackend, tempDir, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let caseId: number;
let clock: Date;
let changes: string[];
beforeEach(() => {
  clock = new Date('2026-11-20T09:30:00.000Z');
  backend = openTestBackend(() => clock);
  const { usStore } = seedAmazonStores(backend);
  caseId = backend.api.call('poa.create', { storeId: usStore, caseType: 'valid_tracking', language: 'en-US', noticeDate: '2026-11-10', affectedItems: ['B0TESTASIN'] }).case.id;
  changes = [];
  backend.ctx.events.subscribe((event) => changes.push(event));
});
afterEach(() => backend.dispose());

const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};
const save = (content = completePoaContent(), revision = 1) => backend.api.call('poa.saveDraft', { id: caseId, revision, content });
const move = (to: PoaStatus) => backend.api.call('poa.transition', { id: caseId, to });
const revisionRows = () => backend.ctx.workspace.sqlite.prepare('SELECT count(*) FROM poa_revisions WHERE case_id = ?').pluck().get(caseId);

describe('autosave', () => {
  it('overwrites the working revision with every save, returning the checks of what was saved, quietly', () => {
    const first = save(completePoaContent({ additionalInformation: 'It will never happen again.' }));
    expect(first).toMatchObject({ revision: 1, changed: true, savedAt: '2026-11-20T09:30:00.000Z' });
    expect(first.checks.warnings.map((w) => w.code)).toEqual(['flagged_phrase', 'evidence_not_inserted']);
    later(1);
    const second = save();
    expect(second).toMatchObject({ changed: true, savedAt: '2026-11-20T09:31:00.000Z' });
    expect(revisionRows()).toBe(1);
    expect(backend.api.call('poa.get', { id: caseId }).revision.content).toEqual(completePoaContent());
    expect(changes).toEqual([]);
  });

  it('writes nothing when the content is what was saved already', () => {
    save();
    later(5);
    expect(save()).toMatchObject({ changed: false, savedAt: '2026-11-20T09:30:00.000Z' });
  });

  it('keeps text exactly as typed, trailing space included', () => {
    save(completePoaContent({ additionalInformation: 'Half a sentence ' }));
    expect(backend.api.call('poa.get', { id: caseId }).revision.content.additionalInformation).toBe('Half a sentence ');
  });

  it('offers the last autosave back after a crash: a new process reads what the editor saved last', () => {
    const { dir, cleanup } = tempDir();
    const file = join(dir, 'crash.sqlite');
    const options = { file, migrationsDir: MIGRATIONS_DIR, actor: 'ui', about: { name: 'Storefleet', version: 't', host: 'cli' as const, runtime: 't' } };
    try {
      const first = openBackend(options);
      const { usStore } = seedAmazonStores(first);
      const id = first.api.call('poa.create', { storeId: usStore, caseType: 'odr', language: 'en-US', noticeDate: '2026-11-10' }).case.id;
      first.api.call('poa.saveDraft', { id, revision: 1, content: completePoaContent({ additionalInformation: 'typed just before the crash' }) });
      // No close(): the process died.
      const second = openBackend(options);
      expect(second.api.call('poa.get', { id }).revision.content.additionalInformation).toBe('typed just before the crash');
      second.close();
      first.close();
    } finally {
      cleanup();
    }
  });

  it('refuses a save to another revision than the working one, and to a submitted case', () => {
    expect(appErrorOf(() => save(completePoaContent(), 2))).toMatchObject({ code: 'conflict', details: { reason: 'stale_revision', revision: 1 } });
    move('internal_review');
    save();
    move('submitted');
    expect(appErrorOf(() => save())).toMatchObject({ code: 'conflict', details: { reason: 'not_editable', status: 'submitted' } });
  });

  it('refuses content whose entries repeat an id, naming where', () => {
    const content = completePoaContent();
    const error = appErrorOf(() => save({ ...content, rootCauses: [...content.rootCauses, { id: 'rc-1', text: 'again' }] }));
    expect(error.details?.issues?.[0]).toMatchObject({ field: 'content.rootCauses.1.id', message: '"rc-1" is used twice' });
  });
});

describe('moving a case along', () => {
  it('records the status on the revision, seals it when submitted, and the decision on the revision it answers', () => {
    save();
    later(60);
    expect(move('internal_review').case).toMatchObject({ status: 'internal_review', editable: true, nextStatuses: ['draft', 'submitted'] });
    later(60);
    const submitted = move('submitted');
    expect(submitted.case).toMatchObject({ status: 'submitted', editable: false, submittedAt: '2026-11-20T11:30:00.000Z', decidedAt: null });
    later(60 * 48);
    const decided = move('accepted');
    expect(decided.case).toMatchObject({ status: 'accepted', nextStatuses: [], decidedAt: '2026-11-22T11:30:00.000Z' });
    expect(backend.api.call('poa.revisions', { id: caseId })).toEqual([
      expect.objectContaining({ revision: 1, status: 'submitted', outcome: 'accepted', submittedAt: '2026-11-20T11:30:00.000Z', savedAt: '2026-11-20T09:30:00.000Z' }),
    ]);
    expect(changes).toEqual(['workspace.changed', 'workspace.changed', 'workspace.changed']);
  });

  it('reopens a rejected case as a new revision starting from the submitted text, which is kept unchanged', () => {
    save();
    move('internal_review');
    move('submitted');
    move('rejected');
    later(10);
    const reopened = move('draft');
    expect(reopened.case).toMatchObject({ status: 'draft', revision: 2, editable: true, submittedAt: null, decidedAt: null });
    expect(reopened.revision).toMatchObject({ revision: 2, status: 'draft', outcome: null, content: completePoaContent() });
    save(completePoaContent({ additionalInformation: 'Answer to the reviewer.' }), 2);
    expect(backend.api.call('poa.revision', { id: caseId, revision: 1 })).toMatchObject({ status: 'submitted', outcome: 'rejected', content: completePoaContent() });
    expect(backend.api.call('poa.revision', { id: caseId, revision: 2 }).content.additionalInformation).toBe('Answer to the reviewer.');
    expect(backend.api.call('poa.revisions', { id: caseId }).map((r) => [r.revision, r.status, r.outcome])).toEqual([
      [1, 'submitted', 'rejected'],
      [2, 'draft', null],
    ]);
    expect(appErrorOf(() => save(completePoaContent(), 1)).details).toMatchObject({ reason: 'stale_revision', revision: 2 });
  });

  it('sends a draft back from review without a new revision', () => {
    move('internal_review');
    expect(move('draft').case).toMatchObject({ status: 'draft', revision: 1 });
    expect(revisionRows()).toBe(1);
  });

  it('refuses a move the rules do not allow, and an unknown revision', () => {
    expect(appErrorOf(() => move('submitted'))).toMatchObject({ code: 'conflict', details: { allowed: ['internal_review'] } });
    expect(appErrorOf(() => backend.api.call('poa.revision', { id: caseId, revision: 3 }))).toMatchObject({
      code: 'not_found',
      message: `POA case ${caseId} has no revision 3`,
    });
  });
});
