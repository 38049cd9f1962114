import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { stores } from './schema';

/* Live connections (issue 8). Secrets never live here: only where the keychain keeps them. */

/**
 * One secret of one store's connection (an LWA refresh token, a TikTok app secret …). The value
 * is in the OS keychain under service "Storefleet" and `keychain_account`; this row is the
 * reference and what the user may know about it.
 */
export const credentials = sqliteTable(
  'credentials',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    storeId: integer('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    provider: text('provider').notNull(),
    /** Which secret of the provider: client_id, client_secret, refresh_token, app_key … */
    name: text('name').notNull(),
    label: text('label'),
    keychainAccount: text('keychain_account').notNull(),
    createdAt: text('created_at').notNull(),
    lastUsedAt: text('last_used_at'),
    lastRotatedAt: text('last_rotated_at'),
    rotationReminderOn: text('rotation_reminder_on'),
  },
  (t) => [uniqueIndex('credentials_store_provider_name_uq').on(t.storeId, t.provider, t.name)],
);

/** How and when a store syncs, and how its last attempts went (what the status view shows). */
export const syncStates = sqliteTable(
  'sync_states',
  {
    storeId: integer('store_id')
      .primaryKey()
      .references(() => stores.id, { onDelete: 'cascade' }),
    provider: text('provider').notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    intervalMinutes: integer('interval_minutes').notNull().default(360),
    /** Base URL for every call (auth and API), for proxies and tests; null means the platform's own. */
    endpoint: text('endpoint'),
    lastAttemptAt: text('last_attempt_at'),
    lastSuccessAt: text('last_success_at'),
    lastErrorAt: text('last_error_at'),
    lastErrorCode: text('last_error_code'),
    lastError: text('last_error'),
    lastSummary: text('last_summary', { mode: 'json' }).$type<{ batches: number; records: number; reports: string[] }>(),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    nextRunAt: text('next_run_at'),
  },
  (t) => [index('sync_states_next_run_idx').on(t.nextRunAt)],
);
