import { and, asc, eq, isNull, like, or, sql } from 'drizzle-orm';
import { clientInputSchema, clientPatchSchema, type Client } from '@shared/api/client-schemas';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { clients, stores } from '../db/schema';
import { notFound } from '../errors';

type ClientValues = z.output<typeof clientInputSchema>;
type ClientChanges = z.output<typeof clientPatchSchema>;

export interface ClientQuery {
  search?: string;
  includeArchived?: boolean;
}

// Written out in SQL because drizzle leaves columns unqualified inside a scalar subquery,
// which would compare the stores table with itself.
const storeCount = sql<number>`(SELECT count(*) FROM stores AS s WHERE s.client_id = ${clients}.id AND s.archived_at IS NULL)`;

function selectClients(ctx: CoreContext) {
  return ctx.workspace.db
    .select({
      id: clients.id,
      name: clients.name,
      contactName: clients.contactName,
      contactEmail: clients.contactEmail,
      language: clients.language,
      reportingCurrency: clients.reportingCurrency,
      notes: clients.notes,
      storeCount,
      archivedAt: clients.archivedAt,
      createdAt: clients.createdAt,
      updatedAt: clients.updatedAt,
    })
    .from(clients);
}

export function listClients(ctx: CoreContext, query: ClientQuery = {}): Client[] {
  const pattern = query.search ? `%${query.search}%` : null;
  const rows = selectClients(ctx)
    .where(
      and(
        query.includeArchived ? undefined : isNull(clients.archivedAt),
        pattern
          ? or(like(clients.name, pattern), like(clients.contactName, pattern), like(clients.contactEmail, pattern))
          : undefined,
      ),
    )
    .orderBy(asc(clients.name))
    .all();
  return rows as Client[];
}

export function getClient(ctx: CoreContext, id: number): Client {
  const row = selectClients(ctx).where(eq(clients.id, id)).get();
  if (!row) throw notFound('Client', id);
  return row as Client;
}

export function createClient(ctx: CoreContext, values: ClientValues): Client {
  const at = ctx.now().toISOString();
  return ctx.workspace.sqlite.transaction(() => {
    const inserted = ctx.workspace.db
      .insert(clients)
      .values({
        name: values.name,
        contactName: values.contactName ?? null,
        contactEmail: values.contactEmail ?? null,
        language: values.language,
        reportingCurrency: values.reportingCurrency,
        notes: values.notes ?? null,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: clients.id })
      .get();
    recordAudit(ctx, { action: 'create', entity: 'client', entityId: inserted.id, details: { name: values.name } });
    return getClient(ctx, inserted.id);
  })();
}

export function updateClient(ctx: CoreContext, id: number, changes: ClientChanges): Client {
  return ctx.workspace.sqlite.transaction(() => {
    const before = getClient(ctx, id);
    const diff = diffFields(before, changes);
    if (Object.keys(diff).length === 0) return before;
    ctx.workspace.db
      .update(clients)
      .set({ ...changes, updatedAt: ctx.now().toISOString() })
      .where(eq(clients.id, id))
      .run();
    recordAudit(ctx, { action: 'update', entity: 'client', entityId: id, details: diff });
    return getClient(ctx, id);
  })();
}

/** Archiving a client archives its stores too: an archived client has no live stores. */
export function archiveClient(ctx: CoreContext, id: number): Client {
  return ctx.workspace.sqlite.transaction(() => {
    const before = getClient(ctx, id);
    if (before.archivedAt) return before;
    const at = ctx.now().toISOString();
    ctx.workspace.db.update(clients).set({ archivedAt: at, updatedAt: at }).where(eq(clients.id, id)).run();
    const archivedStores = ctx.workspace.db
      .update(stores)
      .set({ archivedAt: at, updatedAt: at })
      .where(and(eq(stores.clientId, id), isNull(stores.archivedAt)))
      .returning({ id: stores.id })
      .all();
    recordAudit(ctx, {
      action: 'archive',
      entity: 'client',
      entityId: id,
      details: { archivedStoreIds: archivedStores.map((s) => s.id) },
    });
    return getClient(ctx, id);
  })();
}

export function restoreClient(ctx: CoreContext, id: number): Client {
  return ctx.workspace.sqlite.transaction(() => {
    const before = getClient(ctx, id);
    if (!before.archivedAt) return before;
    ctx.workspace.db
      .update(clients)
      .set({ archivedAt: null, updatedAt: ctx.now().toISOString() })
      .where(eq(clients.id, id))
      .run();
    recordAudit(ctx, { action: 'restore', entity: 'client', entityId: id });
    return getClient(ctx, id);
  })();
}
