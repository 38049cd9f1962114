/** Who in an agency answers for a target. */
export const PLANNING_ROLES = ['account_manager', 'content', 'ads', 'customer_service'] as const;
export type PlanningRole = (typeof PLANNING_ROLES)[number];

/** A month "2026-11", a quarter "2026-Q4", or one event day "2026-11-11" (a sales event). */
export const PERIOD_KINDS = ['month', 'quarter', 'event'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_PATTERN = /^(\d{4}-(0[1-9]|1[0-2])|\d{4}-Q[1-4]|\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/;

export const TEMPLATE_BASES = ['absolute', 'previous_period'] as const;
export type TemplateBasis = (typeof TEMPLATE_BASES)[number];

export const TARGET_STATUSES = ['upcoming', 'no_data', 'achieved', 'on_track', 'behind', 'missed'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** Process KPIs measure the team's own work (videos, response time); result KPIs what the market gave back. */
export const KPI_KINDS = ['process', 'result'] as const;
export type KpiKind = (typeof KPI_KINDS)[number];

export const EXPERIMENT_DECISIONS = ['pending', 'adopt', 'reject', 'inconclusive'] as const;
export type ExperimentDecision = (typeof EXPERIMENT_DECISIONS)[number];

export interface PeriodBounds {
  period: string;
  kind: PeriodKind;
  start: string;
  end: string;
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The days a period covers, both included; null when the text is not a period (or not a real day). */
export function periodBounds(period: string): PeriodBounds | null {
  if (!PERIOD_PATTERN.test(period)) return null;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const year = Number(quarter[1]);
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return { period, kind: 'quarter', start: `${year}-${String(first).padStart(2, '0')}-01`, end: lastDayOfMonth(year, first + 2) };
  }
  if (period.length === 7) {
    const [year, month] = period.split('-').map(Number);
    return { period, kind: 'month', start: `${period}-01`, end: lastDayOfMonth(year!, month!) };
  }
  const ms = Date.parse(`${period}T00:00:00Z`);
  const valid = !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === period;
  return valid ? { period, kind: 'event', start: period, end: period } : null;
}

/** The quarter a day falls in: "2026-11-20" → "2026-Q4". */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}
