import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Person, planningInputSchemas } from '@shared/api/planning-schemas';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../../audit/record-audit';
import type { CoreContext } from '../../core-context';
import { planningPeople } from '../../db/schema';
import { invalidField, notFound } from '../../errors';

type NewPerson = z.output<typeof planningInputSchemas.createPerson>;
type PersonChanges = Omit<z.output<typeof planningInputSchemas.updatePerson>, 'id'>;

function toPerson(row: typeof planningPeople.$inferSelect): Person {
  return { ...row, role: row.role as Person['role'] };
}

export function listPeople(ctx: CoreContext, query: { includeArchived?: boolean } = {}): Person[] {
  return ctx.workspace.db
    .select()
    .from(planningPeople)
    .where(query.includeArchived ? undefined : isNull(planningPeople.archivedAt))
    .orderBy(asc(planningPeople.role), asc(planningPeople.name))
    .all()
    .map(toPerson);
}

export function getPerson(ctx: CoreContext, id: number): Person {
  const row = ctx.workspace.db.select().from(planningPeople).where(eq(planningPeople.id, id)).get();
  if (!row) throw notFound('Person', id);
  return toPerson(row);
}

// Two "Li Na" rows would split one person's scorecard in two.
function assertNameFree(ctx: CoreContext, name: string, exceptId?: number): void {
  const clash = ctx.workspace.db
    .select({ id: planningPeople.id })
    .from(planningPeople)
    .where(and(sql`lower(${planningPeople.name}) = lower(${name})`, exceptId ? ne(planningPeople.id, exceptId) : undefined))
    .get();
  if (clash) throw invalidField('name', 'duplicate', `a person named "${name}" already exists (#${clash.id})`);
}

export function createPerson(ctx: CoreContext, input: NewPerson): Person {
  return ctx.workspace.sqlite.transaction(() => {
    assertNameFree(ctx, input.name);
    const at = ctx.now().toISOString();
    const row = ctx.workspace.db.insert(planningPeople).values({ ...input, createdAt: at, updatedAt: at }).returning().get();
    recordAudit(ctx, { action: 'create', entity: 'planning_person', entityId: row.id, details: { ...input } });
    return toPerson(row);
  })();
}

export function updatePerson(ctx: CoreContext, id: number, changes: PersonChanges): Person {
  return ctx.workspace.sqlite.transaction(() => {
    const before = getPerson(ctx, id);
    if (changes.name !== undefined) assertNameFree(ctx, changes.name, id);
    const row = ctx.workspace.db
      .update(planningPeople)
      .set({ ...changes, updatedAt: ctx.now().toISOString() })
      .where(eq(planningPeople.id, id))
      .returning()
      .get();
    recordAudit(ctx, { action: 'update', entity: 'planning_person', entityId: id, details: diffFields(before, changes) });
    return toPerson(row);
  })();
}

/** Archived people keep their targets (and history) but are offered no new ones. */
export function archivePerson(ctx: CoreContext, id: number): Person {
  return ctx.workspace.sqlite.transaction(() => {
    getPerson(ctx, id);
    const at = ctx.now().toISOString();
    const row = ctx.workspace.db.update(planningPeople).set({ archivedAt: at, updatedAt: at }).where(eq(planningPeople.id, id)).returning().get();
    recordAudit(ctx, { action: 'archive', entity: 'planning_person', entityId: id });
    return toPerson(row);
  })();
}
