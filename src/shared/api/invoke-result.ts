import { AppError, type AppErrorShape } from './app-error';

/**
 * What crosses a transport (IPC or HTTP). Errors travel as data because Electron's IPC and
 * JSON both drop an Error's own fields.
 */
export type InvokeResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export function unwrapInvokeResult<T>(result: InvokeResult<T>): T {
  if (result.ok) return result.value;
  throw new AppError(result.error.code, result.error.message, result.error.details);
}
