/**
 * What an agency promises a client: the vocabulary of contracts, SLA clocks and fee models.
 * Money is integer minor units with an ISO currency; a commission or a percentage of the base
 * fee is a whole number of basis points (1 bp = 0.01 %, so 250 bp = 2.5 %): integers, so fee
 * maths never meets a binary fraction before its one stated rounding.
 */

/** Monitoring only, full management, crisis handling. */
export const CONTRACT_TIERS = ['monitoring_only', 'full_management', 'crisis_handling'] as const;
export type ContractTier = (typeof CONTRACT_TIERS)[number];

/**
 * Where a contract stands today (in its own time zone): not started, running, within its
 * renewal reminder period, past its end date, or archived (out of the daily work).
 */
export const CONTRACT_LIFECYCLES = ['upcoming', 'active', 'renewal_due', 'expired', 'archived'] as const;
export type ContractLifecycle = (typeof CONTRACT_LIFECYCLES)[number];

/**
 * The promises an SLA clock can keep: acknowledge a breach alert, deliver a POA after a
 * suspension notice, deliver the monthly review by a day of the next month, answer a client.
 */
export const SLA_TERM_KINDS = ['alert_acknowledge', 'poa_delivery', 'monthly_review', 'client_request'] as const;
export type SlaTermKind = (typeof SLA_TERM_KINDS)[number];
/** Terms counted in hours from the event; the monthly review is due on a day of the month instead. */
export const HOURLY_SLA_TERM_KINDS = ['alert_acknowledge', 'poa_delivery', 'client_request'] as const;
export type HourlySlaTermKind = (typeof HOURLY_SLA_TERM_KINDS)[number];

/** How an hourly term counts: every hour, or only the contract's business hours. */
export const SLA_CLOCKS = ['calendar', 'business'] as const;
export type SlaClock = (typeof SLA_CLOCKS)[number];

/** open → met | breached | waived; open ⇄ paused. A breached item stays breached when it is closed late. */
export const SLA_ITEM_STATUSES = ['open', 'paused', 'met', 'breached', 'waived'] as const;
export type SlaItemStatus = (typeof SLA_ITEM_STATUSES)[number];

/** The event that opened an item: an alert, a POA case, a month that ended, a request logged by hand. */
export const SLA_SOURCE_TYPES = ['alert', 'poa_case', 'month', 'request'] as const;
export type SlaSourceType = (typeof SLA_SOURCE_TYPES)[number];

/** How close an open item is to its due time, judged when read; null once the item is closed. */
export const SLA_URGENCIES = ['on_track', 'due_soon', 'overdue'] as const;

/** An item is "due soon" once this share of its allowed (counted) time has passed. */
export const SLA_DUE_SOON_FRACTION = 0.75;

/** What happened to an item, in its history. */
export const SLA_ITEM_ACTIONS = ['opened', 'paused', 'resumed', 'met', 'breached', 'closed_late', 'waived'] as const;
export type SlaItemAction = (typeof SLA_ITEM_ACTIONS)[number];

/** A KPI clause compares the metric's month-end value with its threshold. */
export const FEE_CLAUSE_CONDITIONS = ['lt', 'lte', 'gt', 'gte'] as const;
export type FeeClauseCondition = (typeof FEE_CLAUSE_CONDITIONS)[number];
export const FEE_CLAUSE_EFFECTS = ['bonus', 'reduction'] as const;
export type FeeClauseEffect = (typeof FEE_CLAUSE_EFFECTS)[number];

/** Why a statement line may be incomplete; each warning names the store, currency or metric concerned. */
export const FEE_WARNING_CODES = ['missing_fx_rate', 'missing_gmv', 'partial_gmv', 'missing_kpi_value', 'no_active_contract'] as const;

/** Where a KPI target's baseline came from: the snapshots at the contract start, or a user's hand. */
export const BASELINE_SOURCES = ['snapshot', 'manual'] as const;
export type BaselineSource = (typeof BASELINE_SOURCES)[number];

/** A target's standing: reached, still open, past its date without being reached, or no data to judge. */
export const TARGET_PROGRESS_STATUSES = ['achieved', 'in_progress', 'missed', 'no_data'] as const;

/** How FX turned a store's currency into the contract's: no conversion, the pair as kept, or its inverse. */
export const FX_RATE_SOURCES = ['same_currency', 'direct', 'inverse'] as const;
export type FxRateSource = (typeof FX_RATE_SOURCES)[number];

export const BASIS_POINTS_PER_UNIT = 10_000;

/** A calendar month, "2026-11". */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A wall-clock time, "09:00"; "24:00" ends a day. */
export const CLOCK_TIME_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
