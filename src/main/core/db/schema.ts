import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/* Timestamps are ISO 8601 UTC strings; dates of a reporting window are YYYY-MM-DD in the store's zone. */

/** Key/value facts about the workspace itself (e.g. when the user chose demo or empty). */
export const workspaceMeta = sqliteTable('workspace_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    language: text('language').notNull(),
    reportingCurrency: text('reporting_currency').notNull(),
    notes: text('notes'),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('clients_name_idx').on(t.name)],
);

export const stores = sqliteTable(
  'stores',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    displayName: text('display_name').notNull(),
    platform: text('platform').notNull(),
    /** ISO 3166-1 alpha-2 country of the marketplace (US, JP, GB, DE …). */
    marketplace: text('marketplace').notNull(),
    sellerId: text('seller_id').notNull(),
    currency: text('currency').notNull(),
    timeZone: text('time_zone').notNull(),
    stage: text('stage').notNull(),
    category: text('category'),
    accountManager: text('account_manager'),
    status: text('status').notNull(),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('stores_platform_marketplace_seller_uq').on(t.platform, t.marketplace, t.sellerId),
    index('stores_client_idx').on(t.clientId),
  ],
);

/** One import of data: a file, an API sync, a manual entry or the demo generator. Undoable. */
export const importBatches = sqliteTable('import_batches', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  source: text('source').notNull(),
  /** File name, API report id or a short description of the manual entry. */
  sourceName: text('source_name').notNull(),
  /** SHA-256 of the imported file, when there was one. */
  contentHash: text('content_hash'),
  status: text('status').notNull().default('committed'),
  /** File format detected, or "demo" / "manual". */
  format: text('format'),
  rowCount: integer('row_count').notNull().default(0),
  skippedCount: integer('skipped_count').notNull().default(0),
  /** Stores the batch wrote to, kept after an undo so history can still name them. */
  storeIds: text('store_ids', { mode: 'json' }).$type<number[]>(),
  actor: text('actor').notNull(),
  createdAt: text('created_at').notNull(),
  undoneAt: text('undone_at'),
});

/**
 * What the platform reported for one metric of one store over one window. Rates are
 * fractions (0.0085), money is integer minor units with its currency.
 */
export const metricSnapshots = sqliteTable(
  'metric_snapshots',
  {
    storeId: integer('store_id').notNull(),
    metricKey: text('metric_key').notNull(),
    value: real('value'),
    amountMinor: integer('amount_minor'),
    currency: text('currency'),
    numerator: real('numerator'),
    denominator: real('denominator'),
    windowFrom: text('window_from').notNull(),
    windowTo: text('window_to').notNull(),
    platformTarget: real('platform_target'),
    platformTargetCondition: text('platform_target_condition'),
    platformStatus: text('platform_status'),
    /** The batch says where the value came from (file, API, manual, demo) and when it arrived. */
    importBatchId: integer('import_batch_id').notNull(),
  },
  (t) => [
    // One row per natural key and batch: a later batch reporting the same window wins when read,
    // and undoing it brings the earlier value back.
    // The natural key is the primary key of a WITHOUT ROWID table (see migration 0001): one
    // B-tree instead of a table plus an index, which is most of an import's cost. Undo finds a
    // batch's rows through it too, by the store ids the batch records. No foreign keys here:
    // checking two parents per row cost a tenth of an import, and rows are written only by the
    // import writer and the demo generator, which take store and batch ids from the same
    // transaction; stores and batches are archived or undone, never deleted.
    primaryKey({ columns: [t.storeId, t.metricKey, t.windowTo, t.windowFrom, t.importBatchId] }),
  ],
);

/** Every change a user or an import makes, with enough detail to trace it back. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_at_idx').on(t.at)],
);


/** The original file of an import, gzip-compressed, so every number traces back to the platform's report. */
export const importFiles = sqliteTable(
  'import_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    importBatchId: integer('import_batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    format: text('format').notNull(),
    byteSize: integer('byte_size').notNull(),
    contentHash: text('content_hash').notNull(),
    contentGzip: blob('content_gzip', { mode: 'buffer' }).notNull(),
  },
  (t) => [index('import_files_hash_idx').on(t.contentHash)],
);

/**
 * A user-set threshold: a client's contract target (client_id set) or a store override
 * (store_id set). Applies from `effective_from`; edits write a new row and archive the old one.
 */
export const thresholdTargets = sqliteTable(
  'threshold_targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id').references(() => clients.id, { onDelete: 'cascade' }),
    storeId: integer('store_id').references(() => stores.id, { onDelete: 'cascade' }),
    metricKey: text('metric_key').notNull(),
    watch: real('watch'),
    breach: real('breach').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    note: text('note').notNull(),
    createdAt: text('created_at').notNull(),
    archivedAt: text('archived_at'),
  },
  (t) => [index('threshold_targets_scope_idx').on(t.storeId, t.clientId, t.metricKey)],
);

/** The latest evaluation of each store × metric, rewritten after every import or edit. */
export const metricStates = sqliteTable(
  'metric_states',
  {
    storeId: integer('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    metricKey: text('metric_key').notNull(),
    value: real('value'),
    amountMinor: integer('amount_minor'),
    currency: text('currency'),
    windowFrom: text('window_from'),
    windowTo: text('window_to'),
    /** ok, watch, breach or no_data; "stale" is judged when read, against the clock. */
    status: text('status').notNull(),
    watch: real('watch'),
    breach: real('breach'),
    thresholdOrigin: text('threshold_origin'),
    thresholdSource: text('threshold_source'),
    platformStatus: text('platform_status'),
    slopePerDay: real('slope_per_day'),
    trend: text('trend'),
    daysToBreach: integer('days_to_breach'),
    /** The last 30 daily values, oldest first, for sparklines. */
    recentValues: text('recent_values', { mode: 'json' }).$type<(number | null)[]>(),
    evaluatedAt: text('evaluated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.storeId, t.metricKey] })],
);

export const alerts = sqliteTable(
  'alerts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    storeId: integer('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    metricKey: text('metric_key').notNull(),
    /** breach, watch, projected_breach, stale, account_status */
    kind: text('kind').notNull(),
    severity: text('severity').notNull(),
    /** open, acknowledged, resolved */
    status: text('status').notNull(),
    openedAt: text('opened_at').notNull(),
    /** The day of data that raised it (YYYY-MM-DD). */
    dataDate: text('data_date'),
    value: real('value'),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
    assignee: text('assignee'),
    snoozedUntil: text('snoozed_until'),
    acknowledgedAt: text('acknowledged_at'),
    resolvedAt: text('resolved_at'),
  },
  (t) => [
    uniqueIndex('alerts_one_open_uq').on(t.storeId, t.metricKey, t.kind).where(sql`resolved_at IS NULL`),
    index('alerts_status_idx').on(t.status, t.severity),
  ],
);

/** Everything that happened to an alert: opened, acknowledged, assigned, snoozed, commented, resolved. */
export const alertEvents = sqliteTable(
  'alert_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    alertId: integer('alert_id')
      .notNull()
      .references(() => alerts.id, { onDelete: 'cascade' }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    note: text('note'),
  },
  (t) => [index('alert_events_alert_idx').on(t.alertId)],
);

/** Column mappings users saved for their own tabular exports (TikTok Shop, ERPs …). */
export const mappingPresets = sqliteTable('mapping_presets', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  mapping: text('mapping', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  createdAt: text('created_at').notNull(),
});

/** Matrix column sets a user saved; the built-in presets live in the metric catalog, not here. */
export const columnSets = sqliteTable(
  'column_sets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** Catalog metric keys, in the order the columns are shown. */
    metricKeys: text('metric_keys', { mode: 'json' }).$type<string[]>().notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  // "Health" and "health" would be two sets nobody can tell apart in a menu.
  (t) => [uniqueIndex('column_sets_name_uq').on(sql`lower(${t.name})`)],
);

/** A user's note on a store's timeline ("switched carrier to Yamato"), drawn on every chart of the store. */
export const annotations = sqliteTable(
  'annotations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    storeId: integer('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    /** The day the note is about (YYYY-MM-DD, the store's business day). */
    date: text('date').notNull(),
    text: text('text').notNull(),
    actor: text('actor').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('annotations_store_date_idx').on(t.storeId, t.date)],
);

/**
 * A plan of action (appeal) for one store: the platform's notice, what it names, and where the
 * case stands. The text lives in its revisions.
 */
export const poaCases = sqliteTable(
  'poa_cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    storeId: integer('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'restrict' }),
    caseType: text('case_type').notNull(),
    /** The document's language (en-US, ja-JP, zh-CN), not the UI's. */
    language: text('language').notNull(),
    title: text('title'),
    noticeText: text('notice_text').notNull(),
    /** ASINs / SKUs the notice names, in its order. */
    affectedItems: text('affected_items', { mode: 'json' }).$type<string[]>().notNull(),
    noticeDate: text('notice_date').notNull(),
    deadline: text('deadline'),
    status: text('status').notNull(),
    /** The revision being worked on, or the last one submitted. */
    currentRevision: integer('current_revision').notNull(),
    submittedAt: text('submitted_at'),
    decidedAt: text('decided_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('poa_cases_store_idx').on(t.storeId), index('poa_cases_status_idx').on(t.status)],
);

/**
 * One version of a plan's text. The working revision's row is overwritten by every autosave
 * while the case is a draft or in review; once submitted the row is never written again, and
 * reopening the case starts the next revision, so every submitted text is kept.
 */
export const poaRevisions = sqliteTable(
  'poa_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => poaCases.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    content: text('content', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** The case's status when the row was last written. */
    status: text('status').notNull(),
    /** The platform's answer once this revision was submitted and decided. */
    outcome: text('outcome'),
    savedAt: text('saved_at').notNull(),
    actor: text('actor').notNull(),
    submittedAt: text('submitted_at'),
  },
  (t) => [uniqueIndex('poa_revisions_case_revision_uq').on(t.caseId, t.revision)],
);

/**
 * A file backing a plan (invoice, letter of authorisation, carrier contract), copied into the
 * workspace's attachments folder under its content hash. Documents list it by name; it is
 * never embedded in them.
 */
export const poaAttachments = sqliteTable(
  'poa_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => poaCases.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    byteSize: integer('byte_size').notNull(),
    /** Relative to the workspace's attachments folder, "/"-separated: poa/<sha256>-<file name>. */
    storedPath: text('stored_path').notNull(),
    addedAt: text('added_at').notNull(),
    actor: text('actor').notNull(),
  },
  (t) => [uniqueIndex('poa_attachments_case_sha_uq').on(t.caseId, t.sha256), index('poa_attachments_path_idx').on(t.storedPath)],
);
/* ── Agency contracts and SLA tracking (issue 6) ─────────────────────────────────────────── */

/**
 * What an agency promised a client: scope, period, fee model, time zone and business hours of
 * its SLA clock. Money is integer minor units of `currency`; percentages are basis points.
 */
export const contracts = sqliteTable(
  'contracts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    /** monitoring_only, full_management, crisis_handling */
    tier: text('tier').notNull(),
    /** First and last day (YYYY-MM-DD) in the contract's time zone; no end date for an open-ended contract. */
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    renewalTerms: text('renewal_terms'),
    noticePeriodDays: integer('notice_period_days'),
    renewalReminderDays: integer('renewal_reminder_days').notNull().default(30),
    currency: text('currency').notNull(),
    baseFeeMinor: integer('base_fee_minor').notNull(),
    commissionBps: integer('commission_bps').notNull(),
    timeZone: text('time_zone').notNull(),
    /** {days: ISO weekdays, start: "09:00", end: "18:00"}; null when the contract keeps no business hours. */
    businessHours: text('business_hours', { mode: 'json' }).$type<{ days: number[]; start: string; end: string }>(),
    exitTerms: text('exit_terms'),
    handoverNotes: text('handover_notes'),
    notes: text('notes'),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('contracts_client_idx').on(t.clientId)],
);

/** The stores a contract covers. */
export const contractStores = sqliteTable(
  'contract_stores',
  {
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    storeId: integer('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.storeId] }), index('contract_stores_store_idx').on(t.storeId)],
);

/** A KPI the contract promises to move, from a baseline captured at the start (or typed) to a target by a date. */
export const contractKpiTargets = sqliteTable(
  'contract_kpi_targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    metricKey: text('metric_key').notNull(),
    /** Null: all covered stores together. */
    storeId: integer('store_id').references(() => stores.id, { onDelete: 'cascade' }),
    targetValue: real('target_value').notNull(),
    targetDate: text('target_date').notNull(),
    baselineValue: real('baseline_value'),
    /** snapshot or manual; null while no data was found at the contract start. */
    baselineSource: text('baseline_source'),
    baselineDate: text('baseline_date'),
    baselineImportBatchIds: text('baseline_import_batch_ids', { mode: 'json' }).$type<number[]>().notNull(),
    baselineSetAt: text('baseline_set_at'),
    baselineSetBy: text('baseline_set_by'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  // One target per contract × metric × store, and one for the metric over all covered stores.
  (t) => [
    uniqueIndex('contract_kpi_targets_store_uq').on(t.contractId, t.metricKey, t.storeId).where(sql`store_id IS NOT NULL`),
    uniqueIndex('contract_kpi_targets_all_uq').on(t.contractId, t.metricKey).where(sql`store_id IS NULL`),
  ],
);

/** The fee's KPI clauses: a bonus or a reduction when a metric meets a condition at month end. */
export const contractFeeClauses = sqliteTable(
  'contract_fee_clauses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    metricKey: text('metric_key').notNull(),
    storeId: integer('store_id').references(() => stores.id, { onDelete: 'cascade' }),
    /** lt, lte, gt, gte */
    condition: text('condition').notNull(),
    threshold: real('threshold').notNull(),
    /** bonus or reduction */
    effect: text('effect').notNull(),
    /** percent_of_base (amount_bps) or fixed (amount_minor) */
    amountType: text('amount_type').notNull(),
    amountBps: integer('amount_bps'),
    amountMinor: integer('amount_minor'),
    note: text('note'),
  },
  (t) => [index('contract_fee_clauses_contract_idx').on(t.contractId, t.position)],
);

/** The contract's SLA promises, one per kind: hours on a calendar or business clock, or a day of the next month. */
export const contractSlaTerms = sqliteTable(
  'contract_sla_terms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    /** alert_acknowledge, poa_delivery, monthly_review, client_request */
    kind: text('kind').notNull(),
    hours: real('hours'),
    /** calendar or business, for hourly terms. */
    clock: text('clock'),
    dayOfMonth: integer('day_of_month'),
    /** Monthly reviews are owed for months that end after the term was agreed, not for the backlog before it. */
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('contract_sla_terms_kind_uq').on(t.contractId, t.kind)],
);

/**
 * One promise on the clock, opened by an event (a breach alert, a POA case, a month that ended,
 * a request logged by hand). It keeps the allowance and business calendar it was opened under,
 * so editing the contract changes new items only. Times are ISO UTC.
 */
export const slaItems = sqliteTable(
  'sla_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    storeId: integer('store_id').references(() => stores.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** alert, poa_case, month or request */
    sourceType: text('source_type').notNull(),
    alertId: integer('alert_id').references(() => alerts.id, { onDelete: 'set null' }),
    /** The POA case (poa_cases.id); no foreign key, so the POA tables stay free to evolve. */
    poaCaseId: integer('poa_case_id'),
    month: text('month'),
    title: text('title'),
    startedAt: text('started_at').notNull(),
    /** Allowed counted time, in minutes of the item's clock. */
    allowanceMinutes: integer('allowance_minutes').notNull(),
    /** {timeZone, days, start, end}; null for a calendar clock (every minute counts). */
    businessCalendar: text('business_calendar', { mode: 'json' }).$type<{ timeZone: string; days: number[]; start: string; end: string }>(),
    dueAt: text('due_at').notNull(),
    warnAt: text('warn_at').notNull(),
    /** open, paused, met, breached, waived */
    status: text('status').notNull(),
    /** Stretches the clock stood still: [{from, to (null while paused), reason}]. */
    pauses: text('pauses', { mode: 'json' }).$type<{ from: string; to: string | null; reason: string }[]>().notNull(),
    closedAt: text('closed_at'),
    breachedAt: text('breached_at'),
    waivedAt: text('waived_at'),
    waiveReason: text('waive_reason'),
    breachAlertId: integer('breach_alert_id').references(() => alerts.id, { onDelete: 'set null' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('sla_items_status_due_idx').on(t.status, t.dueAt),
    index('sla_items_contract_idx').on(t.contractId),
    index('sla_items_alert_idx').on(t.alertId),
    index('sla_items_poa_case_idx').on(t.poaCaseId),
    // One monthly review per contract and month, however often the months are refreshed.
    uniqueIndex('sla_items_month_uq').on(t.contractId, t.month).where(sql`kind = 'monthly_review'`),
  ],
);

/** Everything that happened to an SLA item: opened, paused, resumed, met, breached, closed late, waived. */
export const slaItemEvents = sqliteTable(
  'sla_item_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => slaItems.id, { onDelete: 'cascade' }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    note: text('note'),
  },
  (t) => [index('sla_item_events_item_idx').on(t.itemId)],
);

/** Monthly FX rates the user keeps: in `month`, 1 `currency` = `rate` `quote_currency` (major units). */
export const fxRates = sqliteTable(
  'fx_rates',
  {
    month: text('month').notNull(),
    currency: text('currency').notNull(),
    quoteCurrency: text('quote_currency').notNull(),
    rate: real('rate').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.currency, t.quoteCurrency] })],
);

/* ── end of agency contracts and SLA tracking ────────────────────────────────────────────── */
export * from './reviews-schema';
export * from './connections-schema';
export * from './planning-schema';
