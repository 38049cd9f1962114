import { AppError } from '@shared/api/app-error';

/**
 * Every failure the renderer sees becomes an AppError, whatever the transport did to it:
 * Electron's IPC rejects with a plain object, fetch throws a TypeError when the host is gone.
 */
export function toAppError(error: unknown, fallbackCode: AppError['code'] = 'internal'): AppError {
  if (error instanceof AppError) return error;
  if (AppError.is(error)) return new AppError(error.code, error.message, error.details);
  const message = error instanceof Error ? error.message : String(error);
  return new AppError(fallbackCode, message);
}
