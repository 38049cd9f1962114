import { notifications } from '@mantine/notifications';
import i18n, { type TFunction } from 'i18next';
import { toAppError } from './to-app-error';

const closeButtonProps = () => ({ 'aria-label': i18n.t('common.close') });

/** For failures no form field can show: a notification titled in the user's language. */
export function notifyError(t: TFunction, error: unknown): void {
  const appError = toAppError(error);
  notifications.show({
    color: 'red',
    title: t(`errors.codes.${appError.code}`),
    message: appError.message,
    autoClose: 8000,
    closeButtonProps: closeButtonProps(),
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000, closeButtonProps: closeButtonProps() });
}
