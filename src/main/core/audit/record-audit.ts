import { auditLog } from '../db/schema';
import type { CoreContext } from '../core-context';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: number | null;
  details?: Record<string, unknown>;
}

export function recordAudit(ctx: CoreContext, entry: AuditEntry): void {
  ctx.workspace.db
    .insert(auditLog)
    .values({
      at: ctx.now().toISOString(),
      actor: ctx.actor,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      details: entry.details ?? null,
    })
    .run();
}

/** The fields whose values differ, as {field: [before, after]}. */
export function diffFields<T extends object>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] !== undefined && after[key] !== before[key]) {
      changes[String(key)] = [before[key], after[key]];
    }
  }
  return changes;
}
