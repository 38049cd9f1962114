import type { ParseKeys, TFunction } from 'i18next';
import i18n from 'i18next';
import type { FieldIssue } from '@shared/api/app-error';

/** Update procedures nest the fields under `patch`; forms know them by their own name. */
export function issueField(issue: FieldIssue): string {
  return issue.field.replace(/^patch\./, '');
}

/**
 * The most specific translation wins: `errors.fields.<field>.<code>` (e.g. a duplicate seller
 * id naming the store that has it), then `errors.issues.<code>`, then the generic message.
 */
export function translateIssue(t: TFunction, issue: FieldIssue): string {
  const params = issue.params ?? {};
  const candidates = [`errors.fields.${issueField(issue)}.${issue.code}`, `errors.issues.${issue.code}`];
  // The keys are built from data sent by the backend, so they are checked at run time.
  const key = candidates.find((candidate) => i18n.exists(candidate)) as ParseKeys | undefined;
  return key ? String(t(key, params)) : t('errors.issues.fallback');
}
