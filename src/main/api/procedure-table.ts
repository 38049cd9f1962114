import type { z } from 'zod';
import type { Contract, EventPayload, ProcedureName } from '@shared/api/contract';
import type { CoreContext } from '../core/core-context';

/** A handler receives the input already parsed by the contract's zod schema. */
export type Handler<P extends ProcedureName> = (
  ctx: CoreContext,
  input: z.output<Contract[P]['input']>,
) => Contract[P] extends { async: true } ? Promise<z.input<Contract[P]['output']>> : z.input<Contract[P]['output']>;

export type ProcedureTable<P extends ProcedureName> = { [K in P]: Handler<K> };

/** Tells every open window that data changed, then passes the result through. */
export function changed<T>(ctx: CoreContext, entity: EventPayload<'workspace.changed'>['entity'], result: T): T {
  ctx.events.emit('workspace.changed', { entity });
  return result;
}
