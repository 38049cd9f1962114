/** Error codes every host understands; the renderer translates them, the CLI maps them to exit codes. */
export const APP_ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_procedure',
  'unauthorized',
  'unavailable',
  'internal',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "sellerId". */
  field: string;
  /** Machine code (zod's issue code or a domain code such as "duplicate"). */
  code: string;
  /** English explanation for logs and the CLI; the UI translates `code`. */
  message: string;
  params?: Record<string, string | number>;
}

export interface AppErrorShape {
  code: AppErrorCode;
  message: string;
  details?: { issues?: FieldIssue[]; [key: string]: unknown };
}

export class AppError extends Error implements AppErrorShape {
  readonly code: AppErrorCode;
  readonly details?: AppErrorShape['details'];

  constructor(code: AppErrorCode, message: string, details?: AppErrorShape['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toJSON(): AppErrorShape {
    return { code: this.code, message: this.message, details: this.details };
  }

  static is(value: unknown): value is AppErrorShape {
    return (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as AppErrorShape).code === 'string' &&
      typeof (value as AppErrorShape).message === 'string'
    );
  }
}
