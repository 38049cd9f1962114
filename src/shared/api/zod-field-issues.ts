import type { z } from 'zod';
import type { FieldIssue } from './app-error';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Turns a zod failure into FieldIssues, the same on the server and in a form, so one
 * translation table serves both. A blank field reports `required` rather than zod's
 * length, type or enum complaint.
 */
export function zodFieldIssues(error: z.ZodError, input: unknown): FieldIssue[] {
  return error.issues.map((issue) => {
    const params: Record<string, string | number> = {};
    if ('minimum' in issue && typeof issue.minimum === 'number') params.minimum = issue.minimum;
    if ('maximum' in issue && typeof issue.maximum === 'number') params.maximum = issue.maximum;
    const blank = issue.path.length > 0 && isBlank(valueAt(input, issue.path));
    const code = blank && ['too_small', 'invalid_type', 'invalid_value'].includes(issue.code) ? 'required' : issue.code;
    return { field: issue.path.map(String).join('.') || '(input)', code, message: issue.message, params };
  });
}
