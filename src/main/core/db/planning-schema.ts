import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { stores } from './schema';

/* KPI planning (issue 10): who owns which target, the targets per store and period, and experiments. */

/** A person of the agency a target can be given to: a name and a role, no login. */
export const planningPeople = sqliteTable(
  'planning_people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** account_manager, content, ads or customer_service. */
    role: text('role').notNull(),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('planning_people_name_uq').on(sql`lower(${t.name})`)],
);

/** An agency's own template, copied from a shipped one or another of its own; the shipped ones live in code. */
export const planningTemplates = sqliteTable(
  'planning_templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    stage: text('stage').notNull(),
    platform: text('platform').notNull(),
    /** The targets the template creates: metric, value, owner's role, weight. */
    items: text('items', { mode: 'json' }).$type<{ metricKey: string; targetValue: number; role: string; weight: number }[]>().notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('planning_templates_name_uq').on(sql`lower(${t.name})`)],
);

/** A store's target for one metric over a month, a quarter or one event day, owned by a person with a weight. */
export const planningTargets = sqliteTable(
  'planning_targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    storeId: integer('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    metricKey: text('metric_key').notNull(),
    /** "2026-11", "2026-Q4" or an event day "2026-11-11". */
    period: text('period').notNull(),
    periodKind: text('period_kind').notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    /** In the metric's unit: rates as fractions, money in major units of the store's currency. */
    targetValue: real('target_value').notNull(),
    ownerId: integer('owner_id').references(() => planningPeople.id, { onDelete: 'set null' }),
    weight: real('weight').notNull(),
    /** "Single-day GMV ×2 on the sales event". */
    label: text('label'),
    /** The template that created it, by name, so a review can tell planned targets from hand-made ones. */
    templateName: text('template_name'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('planning_targets_store_metric_period_uq').on(t.storeId, t.metricKey, t.period),
    index('planning_targets_period_idx').on(t.period),
    index('planning_targets_owner_idx').on(t.ownerId),
  ],
);

/** A change tested against a control: control and variant are stores over days (other stores, or an earlier period). */
export const planningExperiments = sqliteTable('planning_experiments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  hypothesis: text('hypothesis').notNull(),
  metricKey: text('metric_key').notNull(),
  controlStoreIds: text('control_store_ids', { mode: 'json' }).$type<number[]>().notNull(),
  controlFrom: text('control_from').notNull(),
  controlTo: text('control_to').notNull(),
  variantStoreIds: text('variant_store_ids', { mode: 'json' }).$type<number[]>().notNull(),
  variantFrom: text('variant_from').notNull(),
  variantTo: text('variant_to').notNull(),
  /** pending, adopt, reject or inconclusive. */
  decision: text('decision').notNull(),
  decisionNote: text('decision_note'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});
