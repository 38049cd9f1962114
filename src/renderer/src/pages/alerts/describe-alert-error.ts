import type { ParseKeys, TFunction } from 'i18next';
import i18n from 'i18next';
import type { AppErrorShape, FieldIssue } from '@shared/api/app-error';
import { translateIssue } from '../../forms/translate-issue';

/**
 * Why the backend refused an alert action, in the UI language: the alert-specific codes
 * (already resolved, snooze day not after today) first, then the generic issue wording, then
 * the backend's own message.
 */
export function describeAlertIssue(t: TFunction, issue: FieldIssue): string {
  const key = `alerts.errors.${issue.code}`;
  // The code comes from the backend, so the key is checked at run time.
  if (i18n.exists(key)) return String(t(key as ParseKeys, issue.params ?? {}));
  return translateIssue(t, issue);
}

/** The issue about one field of the action ("until", "assignee"), wherever the backend nests it. */
export function issueForField(error: AppErrorShape, field: string): FieldIssue | undefined {
  return error.details?.issues?.find((issue) => issue.field === field || issue.field.endsWith(`.${field}`));
}

function numberIn(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

function numbersIn(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((item): item is number => numberIn(item) !== null) : [];
}

/**
 * Which alerts made an all-or-nothing bulk action fail, from the error's details: an explicit
 * `alertId`, the alerts a not-found error names, issues on `ids.<index>` or naming the alert in
 * their params, or failing those an "alert 12" in the message. Only ids of the action count,
 * each once, in the order the backend reported them.
 */
export function blockingAlertIds(error: AppErrorShape, ids: readonly number[]): number[] {
  const details = error.details ?? {};
  const candidates: (number | null)[] = [numberIn(details.alertId)];
  if (details.entity === 'Alert') candidates.push(numberIn(details.id), ...numbersIn(details.ids));
  for (const issue of details.issues ?? []) {
    const index = /^ids\.(\d+)/.exec(issue.field)?.[1];
    if (index !== undefined) candidates.push(ids[Number(index)] ?? null);
    candidates.push(numberIn(issue.params?.alertId), numberIn(issue.params?.id));
  }
  if (!candidates.some((candidate) => candidate !== null)) {
    for (const match of error.message.matchAll(/\balert #?(\d+)/gi)) candidates.push(Number(match[1]));
  }
  return [...new Set(candidates.filter((id): id is number => id !== null && ids.includes(id)))];
}

/** The reason alone: the first issue translated, else the error code's wording or message. */
export function describeAlertError(t: TFunction, error: AppErrorShape): string {
  const issue = error.details?.issues?.[0];
  if (issue) return describeAlertIssue(t, issue);
  if (error.code === 'not_found') return t('alerts.errors.not_found');
  return error.message;
}

/**
 * A refused bulk action: which alert blocked it (named by `nameOf` when the page knows it; others
 * counted) and why; nothing was changed, since the bulk is all or nothing.
 */
export function describeBulkError(
  t: TFunction,
  error: AppErrorShape,
  ids: readonly number[],
  nameOf: (id: number) => string | undefined,
): string {
  const reason = describeAlertError(t, error);
  const [first, ...others] = blockingAlertIds(error, ids);
  if (first === undefined) return t('alerts.bulk.failed', { reason });
  const alert = nameOf(first) ?? t('alerts.alertNumber', { id: first });
  if (others.length === 0) return t('alerts.bulk.blockedBy', { alert, reason });
  return t('alerts.bulk.blockedByMany', { alert, count: others.length, reason });
}
