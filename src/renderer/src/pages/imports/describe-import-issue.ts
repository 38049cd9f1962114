import type { ParseKeys, TFunction } from 'i18next';
import i18n from 'i18next';
import type { ImportIssue } from '@shared/api/import-schemas';

/**
 * An import problem in the UI language: `importIssues.<code>` filled with its params. The
 * backend's English message stands in when the issue has no code, or a code this build of the
 * UI does not know yet.
 */
export function describeImportIssue(t: TFunction, issue: Pick<ImportIssue, 'code' | 'params' | 'message'>): string {
  if (issue.code === null) return issue.message;
  const key = `importIssues.${issue.code}`;
  // The code comes from the backend, so the key is checked at run time.
  if (!i18n.exists(key)) return issue.message;
  return String(t(key as ParseKeys, issue.params ?? {}));
}
