import { AppError } from '../../src/shared/api/app-error';

/** Runs a call that must fail with an AppError and returns that error. */
export function appErrorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the call to fail with an AppError');
}
