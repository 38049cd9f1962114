import { and, asc, eq, isNull, like, or } from 'drizzle-orm';
import { AppError } from '@shared/api/app-error';
import { storeInputSchema, storePatchSchema, type Store } from '@shared/api/store-schemas';
import { defaultCurrency, defaultTimeZone } from '@shared/domain/marketplaces';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { clients, stores } from '../db/schema';
import { invalidField, notFound } from '../errors';

type StoreValues = z.output<typeof storeInputSchema>;
type StoreChanges = z.output<typeof storePatchSchema>;

export interface StoreQuery {
  search?: string;
  clientId?: number;
  includeArchived?: boolean;
}

function selectStores(ctx: CoreContext) {
  return ctx.workspace.db
    .select({
      id: stores.id,
      clientId: stores.clientId,
      clientName: clients.name,
      displayName: stores.displayName,
      platform: stores.platform,
      marketplace: stores.marketplace,
      sellerId: stores.sellerId,
      currency: stores.currency,
      timeZone: stores.timeZone,
      stage: stores.stage,
      category: stores.category,
      accountManager: stores.accountManager,
      status: stores.status,
      archivedAt: stores.archivedAt,
      createdAt: stores.createdAt,
      updatedAt: stores.updatedAt,
    })
    .from(stores)
    .innerJoin(clients, eq(clients.id, stores.clientId));
}

export function listStores(ctx: CoreContext, query: StoreQuery = {}): Store[] {
  const pattern = query.search ? `%${query.search}%` : null;
  return selectStores(ctx)
    .where(
      and(
        query.includeArchived ? undefined : isNull(stores.archivedAt),
        query.clientId ? eq(stores.clientId, query.clientId) : undefined,
        pattern
          ? or(
              like(stores.displayName, pattern),
              like(stores.sellerId, pattern),
              like(clients.name, pattern),
              like(stores.category, pattern),
              like(stores.accountManager, pattern),
            )
          : undefined,
      ),
    )
    .orderBy(asc(clients.name), asc(stores.displayName))
    .all() as Store[];
}

export function getStore(ctx: CoreContext, id: number): Store {
  const row = selectStores(ctx).where(eq(stores.id, id)).get();
  if (!row) throw notFound('Store', id);
  return row as Store;
}

function assertLiveClient(ctx: CoreContext, clientId: number): void {
  const client = ctx.workspace.db
    .select({ archivedAt: clients.archivedAt })
    .from(clients)
    .where(eq(clients.id, clientId))
    .get();
  if (!client) throw invalidField('clientId', 'not_found', `client ${clientId} does not exist`);
  if (client.archivedAt) {
    throw invalidField('clientId', 'archived', `client ${clientId} is archived; restore it first`);
  }
}

/** A store is identified on its platform by (platform, marketplace, seller id): one row each. */
function assertUniqueIdentity(
  ctx: CoreContext,
  identity: Pick<StoreValues, 'platform' | 'marketplace' | 'sellerId'>,
  exceptId?: number,
): void {
  const existing = selectStores(ctx)
    .where(
      and(
        eq(stores.platform, identity.platform),
        eq(stores.marketplace, identity.marketplace),
        eq(stores.sellerId, identity.sellerId),
      ),
    )
    .get();
  if (!existing || existing.id === exceptId) return;
  const where = existing.archivedAt ? ' (archived)' : '';
  const message = `${identity.platform} ${identity.marketplace} seller id ${identity.sellerId} is already used by store "${existing.displayName}"${where} of client "${existing.clientName}"`;
  throw new AppError('conflict', message, {
    issues: [{ field: 'sellerId', code: 'duplicate', message, params: { store: existing.displayName, client: existing.clientName } }],
    existingStoreId: existing.id,
  });
}

export function createStore(ctx: CoreContext, values: StoreValues): Store {
  return ctx.workspace.sqlite.transaction(() => {
    assertLiveClient(ctx, values.clientId);
    assertUniqueIdentity(ctx, values);
    const at = ctx.now().toISOString();
    const inserted = ctx.workspace.db
      .insert(stores)
      .values({
        clientId: values.clientId,
        displayName: values.displayName,
        platform: values.platform,
        marketplace: values.marketplace,
        sellerId: values.sellerId,
        currency: values.currency ?? defaultCurrency(values.marketplace),
        timeZone: values.timeZone ?? defaultTimeZone(values.marketplace),
        stage: values.stage,
        category: values.category ?? null,
        accountManager: values.accountManager ?? null,
        status: values.status,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: stores.id })
      .get();
    recordAudit(ctx, {
      action: 'create',
      entity: 'store',
      entityId: inserted.id,
      details: { displayName: values.displayName, platform: values.platform, marketplace: values.marketplace },
    });
    return getStore(ctx, inserted.id);
  })();
}

export function updateStore(ctx: CoreContext, id: number, changes: StoreChanges): Store {
  return ctx.workspace.sqlite.transaction(() => {
    const before = getStore(ctx, id);
    if (changes.clientId !== undefined && changes.clientId !== before.clientId) assertLiveClient(ctx, changes.clientId);
    assertUniqueIdentity(
      ctx,
      {
        platform: changes.platform ?? before.platform,
        marketplace: changes.marketplace ?? before.marketplace,
        sellerId: changes.sellerId ?? before.sellerId,
      },
      id,
    );
    const diff = diffFields(before, changes);
    if (Object.keys(diff).length === 0) return before;
    ctx.workspace.db
      .update(stores)
      .set({ ...changes, updatedAt: ctx.now().toISOString() })
      .where(eq(stores.id, id))
      .run();
    recordAudit(ctx, { action: 'update', entity: 'store', entityId: id, details: diff });
    return getStore(ctx, id);
  })();
}

export function archiveStore(ctx: CoreContext, id: number): Store {
  return setArchived(ctx, id, true);
}

export function restoreStore(ctx: CoreContext, id: number): Store {
  return ctx.workspace.sqlite.transaction(() => {
    assertLiveClient(ctx, getStore(ctx, id).clientId);
    return setArchived(ctx, id, false);
  })();
}

function setArchived(ctx: CoreContext, id: number, archived: boolean): Store {
  return ctx.workspace.sqlite.transaction(() => {
    const before = getStore(ctx, id);
    if (Boolean(before.archivedAt) === archived) return before;
    const at = ctx.now().toISOString();
    ctx.workspace.db
      .update(stores)
      .set({ archivedAt: archived ? at : null, updatedAt: at })
      .where(eq(stores.id, id))
      .run();
    recordAudit(ctx, { action: archived ? 'archive' : 'restore', entity: 'store', entityId: id });
    return getStore(ctx, id);
  })();
}
