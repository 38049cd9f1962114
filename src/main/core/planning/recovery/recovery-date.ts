import { addDays } from '../../contracts/calendar-months';

/** One business day's orders and the orders among them with a defect (late, cancelled, claimed…). */
export interface DailyCount {
  date: string;
  orders: number;
  defects: number;
}

export interface RecoveryInput {
  counts: readonly DailyCount[];
  windowDays: number;
  /** The defect share must fall strictly below this (Amazon: "ODR < 1 %", so 1.00 % is still a breach). */
  limit: number;
  /** The last day with data; the plan starts the day after. */
  today: string;
  /** Defect-free orders assumed per future day; by default the mean of the last 28 counted days. */
  projectedOrdersPerDay?: number;
}

export interface RecoveryStep {
  date: string;
  defects: number;
  orders: number;
  rate: number;
}

export interface RecoveryPlan {
  /** `no_counts`: not one daily count in the current window, so nothing can be said. */
  status: 'recovered' | 'recovers' | 'no_counts';
  current: RecoveryStep | null;
  /** The first day the window's rate is under the limit if no new defect occurs; today when already under. */
  recoveryDate: string | null;
  projectedOrdersPerDay: number;
  /** Days of the current window without a count: the plan treats them as days without orders. */
  missingDays: string[];
  /** Day by day from tomorrow to the recovery date. */
  path: RecoveryStep[];
  /** How many defect-free orders a day would bring recovery forward to each of these days. */
  speedUps: { date: string; ordersPerDay: number }[];
}

const PROJECTION_DAYS = 28;
const SPEED_UP_STEP_DAYS = 7;
const MAX_SPEED_UPS = 4;

function rateOf(defects: number, orders: number): number {
  // A window without orders has no defect either: nothing is wrong in it.
  return orders > 0 ? defects / orders : 0;
}

/**
 * When a rolling-window defect rate heals on its own: each day the oldest day leaves the window,
 * with its defects, while new days bring only defect-free orders. Pure: counts in, plan out.
 */
export function planRecovery(input: RecoveryInput): RecoveryPlan {
  const { windowDays, limit, today } = input;
  const byDay = new Map(input.counts.map((c) => [c.date, c]));
  const windowStart = addDays(today, -(windowDays - 1));
  const windowDates = Array.from({ length: windowDays }, (_, i) => addDays(windowStart, i));
  const missingDays = windowDates.filter((d) => !byDay.has(d));
  const counted = windowDates.flatMap((d) => byDay.get(d) ?? []);
  const recent = counted.slice(-PROJECTION_DAYS);
  const projectedOrdersPerDay =
    input.projectedOrdersPerDay ?? (recent.length > 0 ? recent.reduce((sum, c) => sum + c.orders, 0) / recent.length : 0);
  const empty: RecoveryPlan = { status: 'no_counts', current: null, recoveryDate: null, projectedOrdersPerDay, missingDays, path: [], speedUps: [] };
  if (counted.length === 0 || limit <= 0) return empty;

  /** The window ending `ahead` days after today: what is left of the past, plus `perDay` orders on each new day. */
  const stepAt = (ahead: number, perDay: number): RecoveryStep => {
    let defects = 0;
    let orders = 0;
    for (const c of counted) {
      if (c.date > addDays(windowStart, ahead - 1)) {
        defects += c.defects;
        orders += c.orders;
      }
    }
    orders += perDay * Math.min(ahead, windowDays);
    return { date: addDays(today, ahead), defects, orders, rate: rateOf(defects, orders) };
  };

  const current = stepAt(0, 0);
  if (current.rate < limit) return { ...empty, status: 'recovered', current, recoveryDate: today };
  const path: RecoveryStep[] = [];
  // After a full window every past defect has aged out, so the loop always ends by then.
  for (let ahead = 1; ahead <= windowDays; ahead++) {
    const step = stepAt(ahead, projectedOrdersPerDay);
    path.push(step);
    if (step.rate < limit) break;
  }
  const recoveryDate = path[path.length - 1]!.date;

  const speedUps: RecoveryPlan['speedUps'] = [];
  for (let ahead = path.length - SPEED_UP_STEP_DAYS; ahead >= 1 && speedUps.length < MAX_SPEED_UPS; ahead -= SPEED_UP_STEP_DAYS) {
    const past = stepAt(ahead, 0);
    const newDays = Math.min(ahead, windowDays);
    // Strictly under: orders > defects ÷ limit, so the least whole number of orders a day just above that.
    let perDay = Math.max(0, Math.floor((past.defects / limit - past.orders) / newDays) + 1);
    while (perDay > 0 && stepAt(ahead, perDay - 1).rate < limit) perDay--;
    while (stepAt(ahead, perDay).rate >= limit) perDay++;
    speedUps.push({ date: past.date, ordersPerDay: perDay });
  }
  return { status: 'recovers', current, recoveryDate, projectedOrdersPerDay, missingDays, path, speedUps };
}
