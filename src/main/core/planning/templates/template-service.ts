import { asc, eq, ne, and, sql } from 'drizzle-orm';
import type { Template, TemplateItem } from '@shared/api/planning-schemas';
import type { Platform, StoreStage } from '@shared/domain/stores';
import { findMetric } from '@shared/metrics/metric-catalog';
import { diffFields, recordAudit } from '../../audit/record-audit';
import type { CoreContext } from '../../core-context';
import { planningTemplates } from '../../db/schema';
import { invalidField, notFound } from '../../errors';
import { BUILT_IN_TEMPLATES } from './builtin-templates';

const CUSTOM_PREFIX = 'custom:';

function toTemplate(row: typeof planningTemplates.$inferSelect): Template {
  return {
    key: `${CUSTOM_PREFIX}${row.id}`,
    id: row.id,
    name: row.name,
    stage: row.stage as StoreStage,
    platform: row.platform as Platform,
    builtIn: false,
    items: row.items as TemplateItem[],
  };
}

/** Shipped templates first (platform, then stage from cold start to mature), then the agency's own by name. */
export function listTemplates(ctx: CoreContext, query: { platform?: Platform; stage?: StoreStage } = {}): Template[] {
  const shipped: Template[] = BUILT_IN_TEMPLATES.map((t) => ({ ...t, id: null, builtIn: true }));
  const own = ctx.workspace.db.select().from(planningTemplates).orderBy(asc(planningTemplates.name)).all().map(toTemplate);
  return [...shipped, ...own].filter((t) => (!query.platform || t.platform === query.platform) && (!query.stage || t.stage === query.stage));
}

export function getTemplate(ctx: CoreContext, key: string, field = 'templateKey'): Template {
  const shipped = BUILT_IN_TEMPLATES.find((t) => t.key === key);
  if (shipped) return { ...shipped, id: null, builtIn: true };
  const id = key.startsWith(CUSTOM_PREFIX) ? Number(key.slice(CUSTOM_PREFIX.length)) : NaN;
  const row = Number.isInteger(id) ? ctx.workspace.db.select().from(planningTemplates).where(eq(planningTemplates.id, id)).get() : undefined;
  if (!row) throw invalidField(field, 'unknown_template', `there is no template "${key}"`);
  return toTemplate(row);
}

function assertNameFree(ctx: CoreContext, name: string, exceptId?: number): void {
  const clash = ctx.workspace.db
    .select({ id: planningTemplates.id })
    .from(planningTemplates)
    .where(and(sql`lower(${planningTemplates.name}) = lower(${name})`, exceptId ? ne(planningTemplates.id, exceptId) : undefined))
    .get();
  if (clash || BUILT_IN_TEMPLATES.some((t) => t.name.toLowerCase() === name.toLowerCase())) {
    throw invalidField('name', 'duplicate', `a template named "${name}" already exists`);
  }
}

function assertItems(items: readonly TemplateItem[]): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (!findMetric(item.metricKey)) throw invalidField(`items.${index}.metricKey`, 'unknown_metric', `${item.metricKey} is not in the metric catalog`);
    if (seen.has(item.metricKey)) throw invalidField(`items.${index}.metricKey`, 'duplicate', `${item.metricKey} is listed twice`);
    if (item.basis === 'previous_period' && item.targetValue <= 0) {
      throw invalidField(`items.${index}.targetValue`, 'too_small', 'a multiple of the previous period must be more than 0');
    }
    seen.add(item.metricKey);
  });
}

/** Agencies edit templates by copying one (shipped or their own) under a new name. */
export function copyTemplate(ctx: CoreContext, fromKey: string, name: string): Template {
  return ctx.workspace.sqlite.transaction(() => {
    const from = getTemplate(ctx, fromKey, 'fromKey');
    assertNameFree(ctx, name);
    const at = ctx.now().toISOString();
    const row = ctx.workspace.db
      .insert(planningTemplates)
      .values({ name, stage: from.stage, platform: from.platform, items: from.items, createdAt: at, updatedAt: at })
      .returning()
      .get();
    recordAudit(ctx, { action: 'create', entity: 'planning_template', entityId: row.id, details: { name, from: fromKey } });
    return toTemplate(row);
  })();
}

export function updateTemplate(ctx: CoreContext, id: number, changes: { name?: string; items?: TemplateItem[] }): Template {
  return ctx.workspace.sqlite.transaction(() => {
    const before = ctx.workspace.db.select().from(planningTemplates).where(eq(planningTemplates.id, id)).get();
    if (!before) throw notFound('Template', id);
    if (changes.name !== undefined) assertNameFree(ctx, changes.name, id);
    if (changes.items) assertItems(changes.items);
    const row = ctx.workspace.db
      .update(planningTemplates)
      .set({ ...changes, updatedAt: ctx.now().toISOString() })
      .where(eq(planningTemplates.id, id))
      .returning()
      .get();
    recordAudit(ctx, { action: 'update', entity: 'planning_template', entityId: id, details: diffFields(before, changes) });
    return toTemplate(row);
  })();
}

export function removeTemplate(ctx: CoreContext, id: number): void {
  ctx.workspace.sqlite.transaction(() => {
    const row = ctx.workspace.db.select().from(planningTemplates).where(eq(planningTemplates.id, id)).get();
    if (!row) throw notFound('Template', id);
    ctx.workspace.db.delete(planningTemplates).where(eq(planningTemplates.id, id)).run();
    recordAudit(ctx, { action: 'remove', entity: 'planning_template', entityId: id, details: { name: row.name } });
  })();
}
