import { eq } from 'drizzle-orm';
import { poaContentSchema, type PoaChecks, type PoaContent } from '@shared/api/poa-content-schemas';
import type { PoaCase } from '@shared/api/poa-schemas';
import type { PoaCaseType, PoaLanguage, PoaStatus } from '@shared/domain/poa';
import type { Marketplace } from '@shared/domain/marketplaces';
import type { Platform } from '@shared/domain/stores';
import type { CoreContext } from '../core-context';
import { clients, poaCases, stores } from '../db/schema';
import { notFound } from '../errors';
import { dayInZone } from './calendar-days';
import { checkPoaContent } from './checks/check-poa-content';
import { isEditable, nextStatuses } from './poa-transitions';

export const EMPTY_POA_CONTENT: PoaContent = {
  rootCauses: [],
  correctiveActions: [],
  preventiveMeasures: [],
  additionalInformation: '',
  evidence: [],
};

/** A case row with what the store tells about it. */
export function selectPoaCases(ctx: CoreContext) {
  return ctx.workspace.db
    .select({
      id: poaCases.id,
      storeId: poaCases.storeId,
      storeName: stores.displayName,
      clientName: clients.name,
      platform: stores.platform,
      marketplace: stores.marketplace,
      sellerId: stores.sellerId,
      timeZone: stores.timeZone,
      caseType: poaCases.caseType,
      language: poaCases.language,
      title: poaCases.title,
      noticeText: poaCases.noticeText,
      affectedItems: poaCases.affectedItems,
      noticeDate: poaCases.noticeDate,
      deadline: poaCases.deadline,
      status: poaCases.status,
      currentRevision: poaCases.currentRevision,
      submittedAt: poaCases.submittedAt,
      decidedAt: poaCases.decidedAt,
      createdAt: poaCases.createdAt,
      updatedAt: poaCases.updatedAt,
    })
    .from(poaCases)
    .innerJoin(stores, eq(stores.id, poaCases.storeId))
    .innerJoin(clients, eq(clients.id, stores.clientId));
}

type SelectedRow = Awaited<ReturnType<ReturnType<typeof selectPoaCases>['all']>>[number];

/** The columns typed as the domain names them (the database holds plain text). */
export type PoaCaseRow = Omit<SelectedRow, 'platform' | 'marketplace' | 'caseType' | 'language' | 'status'> & {
  platform: Platform;
  marketplace: Marketplace;
  caseType: PoaCaseType;
  language: PoaLanguage;
  status: PoaStatus;
};

export function getPoaCaseRow(ctx: CoreContext, id: number): PoaCaseRow {
  const row = selectPoaCases(ctx).where(eq(poaCases.id, id)).get();
  if (!row) throw notFound('POA case', id);
  return row as PoaCaseRow;
}

export function toPoaCase(row: PoaCaseRow): PoaCase {
  const { timeZone: _zone, currentRevision, ...rest } = row;
  return { ...rest, revision: currentRevision, editable: isEditable(row.status), nextStatuses: [...nextStatuses(row.status)] };
}

/** Content as stored; written only after parsing, so a failure here means a damaged workspace. */
export function readPoaContent(stored: unknown): PoaContent {
  return poaContentSchema.parse(stored);
}

/** The checks of some content of this case, judged on the store's business day. */
export function checkCaseContent(ctx: CoreContext, row: PoaCaseRow, content: PoaContent): PoaChecks {
  return checkPoaContent({
    content,
    caseType: row.caseType,
    platform: row.platform,
    language: row.language,
    affectedItems: row.affectedItems,
    today: dayInZone(ctx.now(), row.timeZone),
  });
}
