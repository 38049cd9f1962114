import type { TFunction } from 'i18next';
import { AppError } from '@shared/api/app-error';
import { notifyError } from '../../errors/notify-error';
import { toAppError } from '../../errors/to-app-error';
import { describeAlertError } from './describe-alert-error';

/** A refused alert action as a notification, its reason in the UI language ("already resolved"). */
export function notifyAlertError(t: TFunction, error: unknown): void {
  const appError = toAppError(error);
  notifyError(t, new AppError(appError.code, describeAlertError(t, appError), appError.details));
}
