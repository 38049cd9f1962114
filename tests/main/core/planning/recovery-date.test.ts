import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/main/core/contracts/calendar-months';
import { planRecovery, type DailyCount } from '../../../../src/main/core/planning/recovery/recovery-date';

const TODAY = '2026-11-20';

/** `days` daily counts ending today, oldest first, from a function of the day's index. */
function counts(days: number, of: (index: number) => Omit<DailyCount, 'date'>): DailyCount[] {
  return Array.from({ length: days }, (_, i) => ({ date: addDays(TODAY, -(days - 1 - i)), ...of(i) }));
}

describe('planRecovery', () => {
  it('dates the recovery when the defects age out of the 60-day window because no new defect is assumed', () => {
    // 100 orders a day and 90 defects on the oldest day of the window: 90 / 6000 = 1.5 %.
    const history = counts(60, (i) => ({ orders: 100, defects: i === 0 ? 90 : 0 }));
    const plan = planRecovery({ counts: history, windowDays: 60, limit: 0.01, today: TODAY });
    expect(plan.current?.rate).toBeCloseTo(90 / 6000);
    expect(plan.status).toBe('recovers');
    // Tomorrow the oldest day (with its 90 defects) leaves the window.
    expect(plan.recoveryDate).toBe(addDays(TODAY, 1));
    expect(plan.missingDays).toEqual([]);
  });

  it('waits for the last defective day to leave when defects sit late in the window', () => {
    // 70 defects 10 days ago: 70 / 6000 = 1.17 %; they leave the window 50 days from now.
    const history = counts(60, (i) => ({ orders: 100, defects: i === 49 ? 70 : 0 }));
    const plan = planRecovery({ counts: history, windowDays: 60, limit: 0.01, today: TODAY });
    expect(plan.recoveryDate).toBe(addDays(TODAY, 50));
    expect(plan.path).toHaveLength(50);
    expect(plan.path.at(-1)?.defects).toBe(0);
  });

  it('recovers earlier with more defect-free orders: the projection dilutes the rate', () => {
    const history = counts(60, (i) => ({ orders: 100, defects: i >= 40 ? 4 : 0 }));
    const slow = planRecovery({ counts: history, windowDays: 60, limit: 0.01, today: TODAY, projectedOrdersPerDay: 100 });
    const fast = planRecovery({ counts: history, windowDays: 60, limit: 0.01, today: TODAY, projectedOrdersPerDay: 400 });
    expect(fast.recoveryDate! < slow.recoveryDate!).toBe(true);
  });

  it('names the defect-free orders a day that would bring recovery forward, each enough and the least enough', () => {
    const history = counts(60, (i) => ({ orders: 100, defects: i >= 40 ? 4 : 0 }));
    const plan = planRecovery({ counts: history, windowDays: 60, limit: 0.01, today: TODAY, projectedOrdersPerDay: 100 });
    expect(plan.speedUps.length).toBeGreaterThan(0);
    for (const speedUp of plan.speedUps) {
      expect(speedUp.date < plan.recoveryDate!).toBe(true);
      expect(speedUp.ordersPerDay).toBeGreaterThan(100);
      const withIt = planRecovery({ counts: history, windowDays: 60, limit: 0.01, today: TODAY, projectedOrdersPerDay: speedUp.ordersPerDay });
      const withOneLess = planRecovery({ counts: history, windowDays: 60, limit: 0.01, today: TODAY, projectedOrdersPerDay: speedUp.ordersPerDay - 1 });
      expect(withIt.recoveryDate! <= speedUp.date).toBe(true);
      expect(withOneLess.recoveryDate! > speedUp.date).toBe(true);
    }
  });

  it('does not count a rate exactly on the limit as recovered because Amazon asks for ODR under 1 %', () => {
    // 60 defects on the oldest day, 60 more on the second oldest: tomorrow 60 / 6000 = exactly 1 %.
    const history = counts(60, (i) => ({ orders: 100, defects: i <= 1 ? 60 : 0 }));
    const plan = planRecovery({ counts: history, windowDays: 60, limit: 0.01, today: TODAY, projectedOrdersPerDay: 100 });
    expect(plan.path[0]?.rate).toBe(0.01);
    expect(plan.recoveryDate).toBe(addDays(TODAY, 2));
  });

  it('keeps days with no orders in the window: they dilute nothing, so recovery comes later', () => {
    const busy = counts(60, (i) => ({ orders: 100, defects: i === 55 ? 50 : 0 }));
    const quiet = counts(60, (i) => ({ orders: i >= 30 ? 0 : 100, defects: i === 55 ? 50 : 0 }));
    const busyPlan = planRecovery({ counts: busy, windowDays: 60, limit: 0.01, today: TODAY, projectedOrdersPerDay: 100 });
    const quietPlan = planRecovery({ counts: quiet, windowDays: 60, limit: 0.01, today: TODAY, projectedOrdersPerDay: 100 });
    expect(quietPlan.missingDays).toEqual([]);
    expect(busyPlan.status).toBe('recovered');
    expect(quietPlan.status).toBe('recovers');
    expect(quietPlan.current?.rate).toBeCloseTo(50 / 3000);
  });

  it('with no orders ahead, recovers the day the last defect leaves the window', () => {
    const history = counts(30, (i) => ({ orders: 10, defects: i === 29 ? 5 : 0 }));
    const plan = planRecovery({ counts: history, windowDays: 30, limit: 0.01, today: TODAY, projectedOrdersPerDay: 0 });
    expect(plan.recoveryDate).toBe(addDays(TODAY, 30));
  });

  it('flags the days of the window without a count because the plan cannot see their defects', () => {
    const history = counts(60, (i) => ({ orders: 100, defects: i === 50 ? 80 : 0 })).filter((_, i) => i !== 10 && i !== 11);
    const plan = planRecovery({ counts: history, windowDays: 60, limit: 0.01, today: TODAY });
    expect(plan.missingDays).toEqual([addDays(TODAY, -49), addDays(TODAY, -48)]);
    expect(plan.status).toBe('recovers');
  });

  it('answers no_counts when the window has no daily count at all', () => {
    const plan = planRecovery({ counts: [], windowDays: 7, limit: 0.025, today: TODAY });
    expect(plan.status).toBe('no_counts');
    expect(plan.recoveryDate).toBeNull();
    expect(plan.missingDays).toHaveLength(7);
  });

  it('says recovered today when the rate is already under the limit', () => {
    const plan = planRecovery({ counts: counts(7, () => ({ orders: 100, defects: 1 })), windowDays: 7, limit: 0.025, today: TODAY });
    expect(plan).toMatchObject({ status: 'recovered', recoveryDate: TODAY, path: [] });
  });
});
