import { z } from 'zod';
import type { ImportSink } from '../import-sink';
import { parseLocalizedDate } from './tabular/parse-localized-date';

/** "performanceMetrics[0].lateShipmentRate.rate": how messages and issues name a JSON field. */
export function jsonPath(base: string, path: readonly PropertyKey[] = []): string {
  let result = base;
  for (const segment of path) {
    if (typeof segment === 'number') result += `[${segment}]`;
    else result += result === '' ? String(segment) : `.${String(segment)}`;
  }
  return result;
}

/** Reports each problem zod found in `input` as an issue naming its JSON path and the value found there. */
export function reportZodIssues(sink: ImportSink, base: string, error: z.ZodError, input: unknown): void {
  for (const issue of error.issues) {
    const path = jsonPath(base, issue.path);
    const found = valueAt(input, issue.path);
    const problem = found === undefined ? 'is missing' : `is not valid (${issue.message.replace(/^Invalid input: /, '')})`;
    const code = found === undefined ? 'schema_missing' : 'schema_invalid';
    sink.issue({ line: null, column: path, value: found === undefined ? null : preview(found), message: `${path} ${problem}.`, code, params: { path } });
  }
}

export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Amazon's dates ("2020-11-04", "2020-11-04T23:59Z") as YYYY-MM-DD in UTC, the zone the
 * reports are written in; a timestamp with another offset is moved to its UTC date.
 */
export const amazonDate = z.string().transform((text, context) => {
  const match = TIMESTAMP.exec(text.trim());
  const day = match?.[1] ? parseLocalizedDate(match[1]) : null;
  if (!match || !day?.ok) {
    context.addIssue({ code: 'custom', message: `"${text}" is not a date like 2020-11-04 or 2020-11-04T23:59Z` });
    return z.NEVER;
  }
  const offset = match[2];
  return offset === undefined || offset === 'Z' ? day.date : new Date(text.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2')).toISOString().slice(0, 10);
});

export const count = z.number().int().nonnegative();
