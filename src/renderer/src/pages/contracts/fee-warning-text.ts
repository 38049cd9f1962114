import type { TFunction } from 'i18next';
import type { FeeWarning } from '@shared/api/fee-schemas';

/** A statement warning in the UI language, with the store, currency pair or metric it names. */
export function feeWarningText(t: TFunction, warning: FeeWarning): string {
  return t(`contracts.fees.warnings.${warning.code}`, warning.params);
}
