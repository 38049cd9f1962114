import type { DemoMetricProfile } from './demo-metric-profiles';

export interface StoreScale {
  dailyOrders: number;
  averagePrice: number;
  minorDigits: number;
}

export interface DemoSnapshotValues {
  value: number | null;
  amountMinor: number | null;
  currency: string | null;
  numerator: number | null;
  denominator: number | null;
  platformStatus: string | null;
}

function judged(value: number, target: DemoMetricProfile['target']): string | null {
  if (!target) return null;
  const ok = target.condition === 'LESS_THAN' ? value < target.value : value > target.value;
  return ok ? 'GOOD' : 'BAD';
}

/** Turns a metric's level on one day into what the platform would report for it. */
export function demoSnapshotValues(
  profile: DemoMetricProfile,
  level: number,
  weekly: number,
  scale: StoreScale,
  currency: string,
): DemoSnapshotValues {
  const none = { amountMinor: null, currency: null, numerator: null, denominator: null, platformStatus: null };
  switch (profile.kind) {
    case 'rate': {
      const rate = Math.min(1, Math.max(0, level));
      if (!profile.perDayBase) return { ...none, value: Number(rate.toFixed(4)), platformStatus: judged(rate, profile.target) };
      const denominator = Math.max(1, Math.round(scale.dailyOrders * profile.perDayBase * profile.windowDays));
      const numerator = Math.round(rate * denominator);
      const value = numerator / denominator;
      return { ...none, value, numerator, denominator, platformStatus: judged(value, profile.target) };
    }
    case 'money': {
      const money = profile.money ?? { ofDailySales: 1 };
      const base = 'ofPrice' in money ? scale.averagePrice * money.ofPrice : scale.dailyOrders * scale.averagePrice * money.ofDailySales;
      const amount = base * Math.max(0.1, level) * weekly;
      return { ...none, value: null, amountMinor: Math.round(amount * 10 ** scale.minorDigits), currency };
    }
    case 'count': {
      // Policy complaints are counted as they come (perOrder 0); business counts scale with orders.
      const count = profile.perOrder === 0 ? level : scale.dailyOrders * (profile.perOrder ?? 1) * Math.max(0.1, level) * weekly;
      return { ...none, value: Math.max(0, Math.round(count)) };
    }
    case 'score':
      return { ...none, value: Number(Math.max(0, level).toFixed(2)) };
    case 'status':
      return { ...none, value: null, platformStatus: level >= 0.9 ? profile.statuses!.bad : profile.statuses!.good };
  }
}
