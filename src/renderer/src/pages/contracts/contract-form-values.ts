import type { FieldIssue } from '@shared/api/app-error';
import { contractInputSchema, type Contract, type ContractInput, type SlaTerm } from '@shared/api/agency-contract-schemas';
import { zodFieldIssues } from '@shared/api/zod-field-issues';
import { HOURLY_SLA_TERM_KINDS, type ContractTier, type HourlySlaTermKind, type SlaClock } from '@shared/domain/agency-contracts';
import type { Currency } from '@shared/domain/currencies';
import { feeClauseInputFrom, feeClauseRowFrom, type FeeClauseRow } from './fee-clause-rows';
import { bpsToPercent, majorToMinor, minorToMajor, percentToBps } from './money-units';

export interface HourlyTermRow {
  enabled: boolean;
  hours: number | '';
  clock: SlaClock;
}

export interface ContractFormValues {
  clientId: number | null;
  name: string;
  tier: ContractTier | null;
  startDate: string;
  endDate: string;
  renewalTerms: string;
  noticePeriodDays: number | '';
  renewalReminderDays: number | '';
  currency: Currency | null;
  /** Major units as typed (e.g. 1500.50 USD); the API takes minor units. */
  baseFee: number | '';
  /** Percent as typed (2.5 for 2.5 %); the API takes basis points. */
  commissionPercent: number | '';
  timeZone: string;
  businessHoursEnabled: boolean;
  businessDays: number[];
  businessStart: string;
  businessEnd: string;
  storeIds: number[];
  slaTerms: Record<HourlySlaTermKind, HourlyTermRow>;
  monthlyReviewEnabled: boolean;
  monthlyReviewDay: number | '';
  feeClauses: FeeClauseRow[];
  exitTerms: string;
  handoverNotes: string;
  notes: string;
}

export const CONTRACT_FORM_FIELDS = [
  'clientId',
  'name',
  'tier',
  'startDate',
  'endDate',
  'renewalTerms',
  'noticePeriodDays',
  'renewalReminderDays',
  'currency',
  'baseFee',
  'commissionPercent',
  'timeZone',
  'businessDays',
  'storeIds',
  'slaTerms',
  'feeClauses',
  'exitTerms',
  'handoverNotes',
  'notes',
] as const satisfies readonly (keyof ContractFormValues)[];

/** API field → the form field that shows its error. */
const FIELD_OF_API: Record<string, (typeof CONTRACT_FORM_FIELDS)[number]> = {
  baseFeeMinor: 'baseFee',
  commissionBps: 'commissionPercent',
  businessHours: 'businessDays',
};

const defaultTerm = (hours: number, clock: SlaClock): HourlyTermRow => ({ enabled: false, hours, clock });

export function emptyContractForm(clientId: number | null, today: string): ContractFormValues {
  return {
    clientId,
    name: '',
    tier: 'full_management',
    startDate: today,
    endDate: '',
    renewalTerms: '',
    noticePeriodDays: '',
    renewalReminderDays: 30,
    currency: 'USD',
    baseFee: 0,
    commissionPercent: 0,
    timeZone: 'UTC',
    businessHoursEnabled: false,
    businessDays: [1, 2, 3, 4, 5],
    businessStart: '09:00',
    businessEnd: '18:00',
    storeIds: [],
    slaTerms: {
      alert_acknowledge: defaultTerm(4, 'calendar'),
      poa_delivery: defaultTerm(48, 'calendar'),
      client_request: defaultTerm(24, 'calendar'),
    },
    monthlyReviewEnabled: false,
    monthlyReviewDay: 5,
    feeClauses: [],
    exitTerms: '',
    handoverNotes: '',
    notes: '',
  };
}

export function contractFormFrom(contract: Contract): ContractFormValues {
  const empty = emptyContractForm(contract.clientId, contract.startDate);
  const slaTerms = { ...empty.slaTerms };
  let monthlyReviewDay: number | '' = empty.monthlyReviewDay;
  let monthlyReviewEnabled = false;
  for (const term of contract.slaTerms) {
    if (term.kind === 'monthly_review') {
      monthlyReviewEnabled = true;
      monthlyReviewDay = term.dayOfMonth;
    } else slaTerms[term.kind] = { enabled: true, hours: term.hours, clock: term.clock };
  }
  return {
    clientId: contract.clientId,
    name: contract.name,
    tier: contract.tier,
    startDate: contract.startDate,
    endDate: contract.endDate ?? '',
    renewalTerms: contract.renewalTerms ?? '',
    noticePeriodDays: contract.noticePeriodDays ?? '',
    renewalReminderDays: contract.renewalReminderDays,
    currency: contract.currency,
    baseFee: minorToMajor(contract.baseFeeMinor, contract.currency),
    commissionPercent: bpsToPercent(contract.commissionBps),
    timeZone: contract.timeZone,
    businessHoursEnabled: contract.businessHours !== null,
    businessDays: contract.businessHours?.days ?? empty.businessDays,
    businessStart: contract.businessHours?.start ?? empty.businessStart,
    businessEnd: contract.businessHours?.end ?? empty.businessEnd,
    storeIds: contract.stores.map((store) => store.storeId),
    slaTerms,
    monthlyReviewEnabled,
    monthlyReviewDay,
    feeClauses: contract.feeClauses.map((clause) => feeClauseRowFrom(clause, contract.currency)),
    exitTerms: contract.exitTerms ?? '',
    handoverNotes: contract.handoverNotes ?? '',
    notes: contract.notes ?? '',
  };
}

function slaTermsFrom(values: ContractFormValues): SlaTerm[] {
  const terms: SlaTerm[] = [];
  for (const kind of HOURLY_SLA_TERM_KINDS) {
    const row = values.slaTerms[kind];
    if (row.enabled) terms.push({ kind, hours: row.hours === '' ? Number.NaN : row.hours, clock: row.clock });
  }
  if (values.monthlyReviewEnabled) terms.push({ kind: 'monthly_review', dayOfMonth: values.monthlyReviewDay === '' ? Number.NaN : values.monthlyReviewDay });
  return terms;
}

const blankToUndefined = (text: string): string | undefined => (text.trim() === '' ? undefined : text);
const numberOrUndefined = (value: number | ''): number | undefined => (value === '' ? undefined : value);

/** The API input the form stands for: money in minor units, commission in basis points. */
export function contractInputFrom(values: ContractFormValues): Record<string, unknown> {
  const currency = values.currency ?? 'USD';
  return {
    clientId: values.clientId ?? undefined,
    name: values.name,
    tier: values.tier ?? undefined,
    startDate: values.startDate,
    endDate: values.endDate.trim() === '' ? null : values.endDate,
    renewalTerms: blankToUndefined(values.renewalTerms),
    noticePeriodDays: values.noticePeriodDays === '' ? null : values.noticePeriodDays,
    renewalReminderDays: numberOrUndefined(values.renewalReminderDays),
    currency: values.currency ?? undefined,
    baseFeeMinor: values.baseFee === '' ? undefined : majorToMinor(values.baseFee, currency),
    commissionBps: values.commissionPercent === '' ? undefined : percentToBps(values.commissionPercent),
    timeZone: values.timeZone,
    businessHours: values.businessHoursEnabled ? { days: [...values.businessDays].sort(), start: values.businessStart, end: values.businessEnd } : null,
    storeIds: values.storeIds,
    slaTerms: slaTermsFrom(values),
    feeClauses: values.feeClauses.map((row) => feeClauseInputFrom(row, currency)),
    exitTerms: blankToUndefined(values.exitTerms),
    handoverNotes: blankToUndefined(values.handoverNotes),
    notes: blankToUndefined(values.notes),
  };
}

/** The field an API issue belongs under in this form. */
export function formFieldOfIssue(issue: FieldIssue): FieldIssue {
  const [head, ...rest] = issue.field.split('.');
  const field = head ? FIELD_OF_API[head] : undefined;
  return field ? { ...issue, field: [field, ...rest].join('.') } : issue;
}

/** Checks the form with the contract's own schema before anything is sent. */
export function parseContractForm(values: ContractFormValues): { ok: true; input: ContractInput } | { ok: false; issues: FieldIssue[] } {
  const raw = contractInputFrom(values);
  const parsed = contractInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, issues: zodFieldIssues(parsed.error, raw).map(formFieldOfIssue) };
}
