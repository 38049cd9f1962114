import type { PoaCaseType, PoaFrequency } from '@shared/domain/poa';

export interface TemplatePreventive {
  text: string;
  owner: string;
  frequency: PoaFrequency;
}

/**
 * A suggested root cause with the actions that answer it. Square brackets mark what the user
 * must fill in ("[carrier]"); the checks flag any left in.
 */
export interface TemplateRootCause {
  key: string;
  text: string;
  corrective: readonly string[];
  preventive: readonly TemplatePreventive[];
}

export type CaseTemplates<T extends PoaCaseType> = Record<T, readonly TemplateRootCause[]>;

export const FULFILMENT_CASES = ['odr', 'late_shipment', 'cancellation', 'valid_tracking', 'on_time_delivery'] as const;
export const POLICY_CASES = ['ip_complaint', 'authenticity', 'condition', 'listing_policy', 'restricted_product', 'product_safety'] as const;
export const CONDUCT_CASES = ['review_manipulation', 'related_account', 'tiktok_violation', 'other'] as const;
