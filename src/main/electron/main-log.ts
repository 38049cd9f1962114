import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The desktop host's log (userData/logs/main.log). It records what went wrong and where —
 * procedure names, stacks — never procedure inputs, which hold customer data and secrets.
 */
export interface MainLog {
  readonly file: string;
  error(context: string, error: unknown): void;
  warn(message: string): void;
}

const MAX_LOG_BYTES = 2 * 1024 * 1024;

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

export function createMainLog(directory: string, now: () => Date = () => new Date()): MainLog {
  const file = join(directory, 'main.log');

  function append(level: 'ERROR' | 'WARN', text: string): void {
    try {
      mkdirSync(directory, { recursive: true });
      try {
        if (statSync(file).size > MAX_LOG_BYTES) renameSync(file, join(directory, 'main.previous.log'));
      } catch {
        // No log yet.
      }
      appendFileSync(file, `${now().toISOString()} ${level} ${text}\n`, 'utf8');
    } catch (failure) {
      // A log that cannot be written must not take the app down with it.
      console.error(`storefleet: could not write ${file}`, failure);
    }
  }

  return {
    file,
    error: (context, error) => append('ERROR', `${context}\n${describe(error)}`),
    warn: (message) => append('WARN', message),
  };
}
