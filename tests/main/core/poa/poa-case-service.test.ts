import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PoaCreateInput } from '../../../../src/shared/api/poa-schemas';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { completePoaContent, seedAmazonStores } from '../../../helpers/poa-content';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let usStore: number;
let jpStore: number;
let changes: string[];
beforeEach(() => {
  backend = openTestBackend();
  ({ usStore, jpStore } = seedAmazonStores(backend));
  changes = [];
  backend.ctx.events.subscribe((event, payload) => {
    if (event === 'workspace.changed') changes.push((payload as { entity: string }).entity);
  });
});
afterEach(() => backend.dispose());

const NOTICE = 'Your account has been deactivated. Order Defect Rate above 1%. Affected ASINs: B0ODRAAAA1, B0ODRBBBB2 and again B0ODRAAAA1.';

function create(overrides: Partial<PoaCreateInput> = {}) {
  return backend.api.call('poa.create', { storeId: usStore, caseType: 'odr', language: 'en-US', noticeText: NOTICE, noticeDate: '2026-11-10', ...overrides });
}

describe('creating a POA case', () => {
  it('opens a draft with an empty revision 1, the store named, and checks that ask for the three sections', () => {
    const detail = create({ deadline: '2026-11-27', title: 'ODR November' });
    expect(detail.case).toMatchObject({
      storeId: usStore,
      storeName: 'Lumora US',
      clientName: 'Lumora',
      platform: 'amazon',
      marketplace: 'US',
      sellerId: 'A1LUMORA',
      caseType: 'odr',
      language: 'en-US',
      title: 'ODR November',
      noticeDate: '2026-11-10',
      deadline: '2026-11-27',
      status: 'draft',
      revision: 1,
      editable: true,
      nextStatuses: ['internal_review'],
      submittedAt: null,
      decidedAt: null,
    });
    expect(detail.revision).toMatchObject({ revision: 1, status: 'draft', outcome: null, actor: 'test', characters: 0 });
    expect(detail.checks.warnings.filter((w) => w.code === 'section_empty')).toHaveLength(3);
    expect(changes).toEqual(['poa']);
  });

  it('takes the ASINs named in the notice, each once, when no affected items are given', () => {
    expect(create().case.affectedItems).toEqual(['B0ODRAAAA1', 'B0ODRBBBB2']);
    expect(create({ affectedItems: ['SKU-1', 'SKU-1', 'B0X'] }).case.affectedItems).toEqual(['SKU-1', 'B0X']);
  });

  it('refuses a deadline before the notice, an unknown or archived store, and malformed items, naming the field', () => {
    expect(appErrorOf(() => create({ deadline: '2026-11-01' })).details?.issues?.[0]).toMatchObject({ field: 'deadline', code: 'before_notice' });
    expect(appErrorOf(() => create({ storeId: 99 })).code).toBe('not_found');
    backend.api.call('stores.archive', { id: jpStore });
    expect(appErrorOf(() => create({ storeId: jpStore })).details?.issues?.[0]).toMatchObject({ field: 'storeId', code: 'archived' });
    expect(appErrorOf(() => create({ affectedItems: ['B0 SPACE'] })).details?.issues?.[0]).toMatchObject({ field: 'affectedItems.0' });
    expect(appErrorOf(() => create({ language: 'de-DE' as never })).details?.issues?.[0]).toMatchObject({ field: 'language' });
  });
});

describe('listing POA cases', () => {
  it('lists newest notice first with open warnings counted, filtered by store, status and type', () => {
    const older = create({ noticeDate: '2026-10-01' }).case.id;
    const jp = create({ storeId: jpStore, caseType: 'valid_tracking', language: 'ja-JP', noticeDate: '2026-11-12' }).case.id;
    backend.api.call('poa.saveDraft', { id: older, revision: 1, content: completePoaContent({ rootCauses: [{ id: 'rc-1', text: 'B0ODRAAAA1 and B0ODRBBBB2 late.' }] }) });
    const rows = backend.api.call('poa.list');
    expect(rows.map((r) => r.id)).toEqual([jp, older]);
    expect(rows.find((r) => r.id === older)).toMatchObject({ warningCount: 0, savedAt: '2026-11-20T09:30:00.000Z' });
    expect(rows.find((r) => r.id === jp)!.warningCount).toBeGreaterThan(0);
    expect(backend.api.call('poa.list', { storeId: jpStore }).map((r) => r.id)).toEqual([jp]);
    expect(backend.api.call('poa.list', { caseType: 'odr' }).map((r) => r.id)).toEqual([older]);
    expect(backend.api.call('poa.list', { status: 'submitted' })).toEqual([]);
    expect(appErrorOf(() => backend.api.call('poa.list', { storeId: 99 })).code).toBe('not_found');
  });
});

describe('updating a POA case', () => {
  it('changes the notice fields of a draft, and answers the case unchanged when nothing differs', () => {
    const { id } = create().case;
    const updated = backend.api.call('poa.update', { id, patch: { language: 'ja-JP', affectedItems: ['B0ODRAAAA1'], title: 'x' } });
    expect(updated).toMatchObject({ language: 'ja-JP', affectedItems: ['B0ODRAAAA1'], title: 'x' });
    expect(backend.api.call('poa.update', { id, patch: { title: 'x', affectedItems: ['B0ODRAAAA1'] } }).updatedAt).toBe(updated.updatedAt);
    expect(backend.api.call('poa.update', { id, patch: { title: '' } }).title).toBeNull();
  });

  it('keeps what the platform received: after submission only the title and deadline may change', () => {
    const { id } = create().case;
    backend.api.call('poa.transition', { id, to: 'internal_review' });
    backend.api.call('poa.transition', { id, to: 'submitted' });
    expect(backend.api.call('poa.update', { id, patch: { deadline: '2026-11-30', title: 'Sent' } })).toMatchObject({ deadline: '2026-11-30', title: 'Sent' });
    const refused = appErrorOf(() => backend.api.call('poa.update', { id, patch: { noticeText: 'changed', deadline: '2026-12-01' } }));
    expect(refused).toMatchObject({ code: 'conflict', details: { reason: 'not_editable', fields: ['noticeText'] } });
    expect(backend.api.call('poa.get', { id }).case.deadline).toBe('2026-11-30');
  });

  it('refuses a deadline before the notice date, whichever of the two changes', () => {
    const { id } = create({ deadline: '2026-11-20' }).case;
    expect(appErrorOf(() => backend.api.call('poa.update', { id, patch: { noticeDate: '2026-11-25' } })).details?.issues?.[0]).toMatchObject({
      field: 'deadline',
      code: 'before_notice',
    });
  });
});
