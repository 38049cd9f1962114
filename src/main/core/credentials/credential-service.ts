import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  CREDENTIAL_NAMES,
  type ConnectionProvider,
  type Credential,
  type CredentialName,
  type credentialInputSchemas,
} from '@shared/api/credential-schemas';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { credentials } from '../db/schema';
import { invalidField, notFound } from '../errors';
import { getStore } from '../stores/store-service';

type SetInput = z.output<typeof credentialInputSchemas.set>;
type Row = typeof credentials.$inferSelect;

const PLATFORM_OF: Record<ConnectionProvider, string> = { amazon: 'amazon', tiktok: 'tiktok_shop' };

function toCredential(row: Row): Credential {
  return {
    id: row.id,
    storeId: row.storeId,
    provider: row.provider as ConnectionProvider,
    name: row.name as CredentialName,
    label: row.label,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    lastRotatedAt: row.lastRotatedAt,
    rotationReminderOn: row.rotationReminderOn,
  };
}

/** The keychain account of one secret: readable in a keychain manager, unique per store and credential. */
export function keychainAccount(storeId: number, provider: ConnectionProvider, name: CredentialName): string {
  return `store-${storeId}/${provider}/${name}`;
}

export function listCredentials(ctx: CoreContext, storeId?: number): Credential[] {
  const query = ctx.workspace.db.select().from(credentials);
  const rows = storeId === undefined ? query.all() : query.where(eq(credentials.storeId, storeId)).all();
  return rows.map(toCredential);
}

function findRow(ctx: CoreContext, storeId: number, provider: ConnectionProvider, name: CredentialName): Row | undefined {
  return ctx.workspace.db
    .select()
    .from(credentials)
    .where(and(eq(credentials.storeId, storeId), eq(credentials.provider, provider), eq(credentials.name, name)))
    .get();
}

/**
 * Stores (or replaces, which counts as a rotation) one secret: the keychain first, so a
 * refused keychain leaves no reference behind; the database only learns that it exists.
 */
export async function setCredential(ctx: CoreContext, input: SetInput): Promise<Credential> {
  const store = getStore(ctx, input.storeId);
  if (store.platform !== PLATFORM_OF[input.provider]) {
    throw invalidField('provider', 'platform_mismatch', `store ${store.id} is a ${store.platform} store; ${input.provider} credentials do not apply to it`);
  }
  const allowed: readonly string[] = CREDENTIAL_NAMES[input.provider];
  if (!allowed.includes(input.name)) {
    throw invalidField('name', 'unknown_credential', `${input.provider} connections use ${allowed.join(', ')}, not ${input.name}`);
  }
  const account = keychainAccount(store.id, input.provider, input.name);
  await ctx.secrets.set(account, input.secret);
  const at = ctx.now().toISOString();
  const existing = findRow(ctx, store.id, input.provider, input.name);
  const { db } = ctx.workspace;
  const row = db.transaction(() => {
    const saved = existing
      ? db
          .update(credentials)
          .set({
            lastRotatedAt: at,
            ...(input.label !== undefined ? { label: input.label } : {}),
            ...(input.rotationReminderOn !== undefined ? { rotationReminderOn: input.rotationReminderOn } : {}),
          })
          .where(eq(credentials.id, existing.id))
          .returning()
          .get()
      : db
          .insert(credentials)
          .values({
            storeId: store.id,
            provider: input.provider,
            name: input.name,
            label: input.label ?? null,
            keychainAccount: account,
            createdAt: at,
            rotationReminderOn: input.rotationReminderOn ?? null,
          })
          .returning()
          .get();
    recordAudit(ctx, { action: existing ? 'credential.rotate' : 'credential.set', entity: 'credential', entityId: saved.id, details: { storeId: store.id, provider: input.provider, name: input.name } });
    return saved;
  });
  return toCredential(row);
}

export async function removeCredential(ctx: CoreContext, id: number): Promise<void> {
  const row = ctx.workspace.db.select().from(credentials).where(eq(credentials.id, id)).get();
  if (!row) throw notFound('credential', id);
  await ctx.secrets.remove(row.keychainAccount);
  ctx.workspace.db.transaction(() => {
    ctx.workspace.db.delete(credentials).where(eq(credentials.id, id)).run();
    recordAudit(ctx, { action: 'credential.remove', entity: 'credential', entityId: id, details: { storeId: row.storeId, provider: row.provider, name: row.name } });
  });
}

/**
 * Reads every secret a provider needs for a store. Each read is audited (who, which, why; never
 * the value) and stamps "last used". A missing secret names itself and how to add it.
 */
export async function readSecrets<P extends ConnectionProvider>(
  ctx: CoreContext,
  storeId: number,
  provider: P,
  purpose: string,
): Promise<Record<(typeof CREDENTIAL_NAMES)[P][number], string>> {
  const names: readonly CredentialName[] = CREDENTIAL_NAMES[provider];
  const secrets: Partial<Record<CredentialName, string>> = {};
  const missing: string[] = [];
  for (const name of names) {
    const row = findRow(ctx, storeId, provider, name);
    const value = row ? await ctx.secrets.get(row.keychainAccount) : null;
    if (row) {
      const at = ctx.now().toISOString();
      ctx.workspace.db.update(credentials).set({ lastUsedAt: at }).where(eq(credentials.id, row.id)).run();
      recordAudit(ctx, { action: 'credential.read', entity: 'credential', entityId: row.id, details: { storeId, provider, name, purpose, found: value !== null } });
    }
    if (value === null) missing.push(name);
    else secrets[name] = value;
  }
  if (missing.length > 0) {
    throw invalidField('credentials', 'missing_credentials', `store ${storeId} has no ${provider} ${missing.join(', ')} in the keychain; add them in Settings → Connections or with \`storefleet credentials set\``);
  }
  return secrets as Record<(typeof CREDENTIAL_NAMES)[P][number], string>;
}
