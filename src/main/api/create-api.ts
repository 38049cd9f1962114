import type { ZodError, z } from 'zod';
import { AppError, type AppErrorShape } from '@shared/api/app-error';
import {
  contract,
  isProcedureName,
  type ProcedureInput,
  type ProcedureName,
  type ProcedureResult,
} from '@shared/api/contract';
import type { InvokeResult } from '@shared/api/invoke-result';
import type { About } from '@shared/api/workspace-schemas';
import { zodFieldIssues } from '@shared/api/zod-field-issues';
import type { CoreContext } from '../core/core-context';
import { busyWorkspaceError } from '../core/db/busy-error';
import type { Handler } from './procedure-table';
import { alertProcedures } from './procedures/alert-procedures';
import { backupProcedures } from './procedures/backup-procedures';
import { annotationProcedures } from './procedures/annotation-procedures';
import { clientProcedures } from './procedures/client-procedures';
import { columnSetProcedures } from './procedures/column-set-procedures';
import { contractProcedures } from './procedures/contract-procedures';
import { credentialProcedures } from './procedures/credential-procedures';
import { feeProcedures } from './procedures/fee-procedures';
import { importProcedures } from './procedures/import-procedures';
import { jobProcedures } from './procedures/job-procedures';
import { kpiProcedures } from './procedures/kpi-procedures';
import { overviewProcedures } from './procedures/overview-procedures';
import { planningProcedures } from './procedures/planning-procedures';
import { poaProcedures } from './procedures/poa-procedures';
import { reviewProcedures } from './procedures/review-procedures';
import { slaProcedures } from './procedures/sla-procedures';
import { storeInsightProcedures } from './procedures/store-insight-procedures';
import { storeProcedures } from './procedures/store-procedures';
import { syncProcedures } from './procedures/sync-procedures';
import { workspaceProcedures } from './procedures/workspace-procedures';

export interface Api {
  /**
   * Untrusted entry point for transports: never rejects, answers with an InvokeResult. Calls run
   * one at a time, so an import that awaits file reads never shares its transaction with another call.
   */
  handle(procedure: unknown, input: unknown): Promise<InvokeResult<unknown>>;
  /** Typed entry point for the CLI and tests: throws (or rejects with) AppError. */
  call<P extends ProcedureName>(procedure: P, input?: ProcedureInput<P>): ProcedureResult<P>;
  /** Runs work in turn with the calls (background syncs touch the database only this way). */
  exclusive<T>(work: () => T | Promise<T>): Promise<T>;
}

export interface ApiOptions {
  about: About;
  /** Receives unexpected errors (with stack) for the host's log; never shown to users. */
  onInternalError?: (error: unknown, procedure: string) => void;
}

function invalidInput(procedure: string, error: ZodError, input: unknown): AppError {
  const issues = zodFieldIssues(error, input);
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return new AppError('invalid_input', `Invalid input for ${procedure}: ${summary}`, { issues });
}

/**
 * zod itself can throw on values no transport produces but in-process callers can (an array
 * holding an object without a prototype breaks its length check's message): that is bad input too.
 */
function safeParseUntrusted(schema: z.ZodType, procedure: string, input: unknown): ReturnType<z.ZodType['safeParse']> {
  try {
    return schema.safeParse(input);
  } catch {
    throw new AppError('invalid_input', `Invalid input for ${procedure}: it is not plain data (JSON values only)`);
  }
}

export function createApi(ctx: CoreContext, options: ApiOptions): Api {
  const handlers: { [P in ProcedureName]: Handler<P> } = {
    ...workspaceProcedures(options.about),
    ...clientProcedures,
    ...storeProcedures,
    ...kpiProcedures,
    ...alertProcedures,
    ...overviewProcedures,
    ...columnSetProcedures,
    ...storeInsightProcedures,
    ...annotationProcedures,
    ...poaProcedures,
    ...importProcedures,
    ...jobProcedures,
    ...contractProcedures,
    ...slaProcedures,
    ...feeProcedures,
    ...reviewProcedures,
    ...credentialProcedures,
    ...syncProcedures,
    ...planningProcedures,
    ...backupProcedures,
  };

  function run(procedure: ProcedureName, input: unknown): unknown {
    const schema: z.ZodType = contract[procedure].input;
    const parsed = safeParseUntrusted(schema, procedure, input);
    if (!parsed.success) throw invalidInput(procedure, parsed.error, input);
    const handler = handlers[procedure] as (c: CoreContext, i: unknown) => unknown;
    return handler(ctx, parsed.data);
  }

  function toAppError(error: unknown, procedure: string): AppErrorShape {
    if (error instanceof AppError) return error.toJSON();
    const busy = busyWorkspaceError(error, ctx.workspace.path);
    if (busy) return busy.toJSON();
    options.onInternalError?.(error, procedure);
    return { code: 'internal', message: `${procedure} failed unexpectedly; the details were written to the log.` };
  }

  async function answer(procedure: unknown, input: unknown): Promise<InvokeResult<unknown>> {
    if (!isProcedureName(procedure)) {
      return { ok: false, error: { code: 'unknown_procedure', message: `Unknown procedure: ${String(procedure)}` } };
    }
    try {
      return { ok: true, value: await run(procedure, input) };
    } catch (error) {
      return { ok: false, error: toAppError(error, procedure) };
    }
  }

  function rethrow(error: unknown, procedure: string): never {
    if (error instanceof AppError) throw error;
    const shape = toAppError(error, procedure);
    throw new AppError(shape.code, shape.message);
  }

  let queue: Promise<unknown> = Promise.resolve();
  return {
    handle(procedure, input) {
      if (isProcedureName(procedure) && 'immediate' in contract[procedure]) return answer(procedure, input);
      const next = queue.then(() => answer(procedure, input));
      queue = next;
      return next;
    },
    exclusive(work) {
      const next = queue.then(work);
      queue = next.catch(() => undefined);
      return next;
    },
    call(procedure, input) {
      try {
        const result = run(procedure, input);
        return (result instanceof Promise ? result.catch((error: unknown) => rethrow(error, procedure)) : result) as ProcedureResult<typeof procedure>;
      } catch (error) {
        return rethrow(error, procedure);
      }
    },
  };
}
