import type { TFunction } from 'i18next';
import type { FieldIssue } from '@shared/api/app-error';
import { notifyError } from '../errors/notify-error';
import { toAppError } from '../errors/to-app-error';
import { issueField, translateIssue } from './translate-issue';
import type { FieldErrors } from './use-form-fields';

/** First message per field, for the fields this form shows. */
export function fieldErrorsFromIssues<V extends object>(
  issues: readonly FieldIssue[],
  fields: readonly (keyof V & string)[],
  t: TFunction,
): { errors: FieldErrors<V>; unmatched: FieldIssue[] } {
  const errors: FieldErrors<V> = {};
  const unmatched: FieldIssue[] = [];
  for (const issue of issues) {
    const field = fields.find((candidate) => candidate === issueField(issue).split('.')[0]);
    if (!field) unmatched.push(issue);
    else errors[field] ??= translateIssue(t, issue);
  }
  return { errors, unmatched };
}

/**
 * Puts a failed save's field issues under the fields (a duplicate seller id under "Seller
 * id"); anything no field can show becomes a notification.
 */
export function showServerError<V extends object>(
  error: unknown,
  fields: readonly (keyof V & string)[],
  t: TFunction,
  setErrors: (errors: FieldErrors<V>) => void,
): void {
  const appError = toAppError(error);
  const { errors, unmatched } = fieldErrorsFromIssues<V>(appError.details?.issues ?? [], fields, t);
  if (Object.keys(errors).length > 0) setErrors(errors);
  if (Object.keys(errors).length === 0 || unmatched.length > 0) notifyError(t, appError);
}
