/**
 * Plans of action (appeals). The vocabulary the contract, the core and the renderer share;
 * the renderer translates every value (`poa.caseTypes.<value>` …), the core words documents.
 */

/** What the platform's notice is about (DOMAIN.md, "Plans of Action"). */
export const POA_CASE_TYPES = [
  'odr',
  'late_shipment',
  'cancellation',
  'valid_tracking',
  'on_time_delivery',
  'ip_complaint',
  'authenticity',
  'condition',
  'listing_policy',
  'restricted_product',
  'product_safety',
  'review_manipulation',
  'related_account',
  'tiktok_violation',
  'other',
] as const;
export type PoaCaseType = (typeof POA_CASE_TYPES)[number];

/**
 * draft → internal_review → submitted → accepted | more_info_requested | rejected. A case sent
 * back, asked for more information or rejected is reopened as a new revision (back to draft).
 */
export const POA_STATUSES = ['draft', 'internal_review', 'submitted', 'accepted', 'more_info_requested', 'rejected'] as const;
export type PoaStatus = (typeof POA_STATUSES)[number];

/** The platform's answers to a submitted plan. */
export const POA_OUTCOMES = ['accepted', 'more_info_requested', 'rejected'] as const;
export type PoaOutcome = (typeof POA_OUTCOMES)[number];

/** Language the document is written in: en-US or ja-JP for the platform, zh-CN for internal drafts. */
export const POA_LANGUAGES = ['en-US', 'ja-JP', 'zh-CN'] as const;
export type PoaLanguage = (typeof POA_LANGUAGES)[number];

export const POA_EXPORT_FORMATS = ['docx', 'pdf', 'txt'] as const;
export type PoaExportFormat = (typeof POA_EXPORT_FORMATS)[number];

/** The three sections Amazon asks for, in document order. */
export const POA_SECTIONS = ['rootCauses', 'correctiveActions', 'preventiveMeasures'] as const;
export type PoaSection = (typeof POA_SECTIONS)[number];

/** Every text part of a document whose length is counted: the three sections and the optional notes. */
export const POA_TEXT_PARTS = [...POA_SECTIONS, 'additionalInformation'] as const;
export type PoaTextPart = (typeof POA_TEXT_PARTS)[number];

/** How often a preventive measure runs. */
export const POA_FREQUENCIES = [
  'continuous',
  'per_order',
  'per_shipment',
  'per_listing',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
] as const;
export type PoaFrequency = (typeof POA_FREQUENCIES)[number];

/** Kinds of wording reviewers reject, flagged in the checks. */
export const POA_PHRASE_CATEGORIES = [
  'blame_buyer',
  'blame_platform',
  'emotional_plea',
  'promise_of_perfection',
  'business_introduction',
] as const;
export type PoaPhraseCategory = (typeof POA_PHRASE_CATEGORIES)[number];

/**
 * Warnings of the checks; the renderer translates each code with its params.
 * - section_empty {section}
 * - entry_text_empty {section, index}
 * - root_cause_without_corrective / root_cause_without_preventive {index}
 * - entry_without_root_cause {section, index}: no link, or a link to a root cause that is gone
 * - corrective_without_date {index}
 * - corrective_date_in_future {index, date, today}: corrective actions are ones already taken
 * - preventive_without_owner / preventive_without_frequency {index}
 * - affected_item_missing {item}: an ASIN/SKU of the notice that no section mentions
 * - flagged_phrase {category, match}
 * - unfilled_placeholder {match}: template text such as "[carrier]" left in
 * - evidence_not_inserted {}: the store has numbers for this case type and none are in the document
 */
export const POA_WARNING_CODES = [
  'section_empty',
  'entry_text_empty',
  'root_cause_without_corrective',
  'root_cause_without_preventive',
  'entry_without_root_cause',
  'corrective_without_date',
  'corrective_date_in_future',
  'preventive_without_owner',
  'preventive_without_frequency',
  'affected_item_missing',
  'flagged_phrase',
  'unfilled_placeholder',
  'evidence_not_inserted',
] as const;
export type PoaWarningCode = (typeof POA_WARNING_CODES)[number];

/** Figures an evidence table can show; the document words each one in its language. */
export const POA_EVIDENCE_FIGURES = [
  'orders',
  'orders_with_defects',
  'negative_feedback',
  'a_to_z_claims',
  'chargebacks',
  'late_shipments',
  'cancellations',
  'shipments',
  'shipments_with_valid_tracking',
  'shipments_with_tracking',
  'deliveries_on_time',
  'defects',
  'score',
  'rate',
  'target',
] as const;
export type PoaEvidenceFigure = (typeof POA_EVIDENCE_FIGURES)[number];
