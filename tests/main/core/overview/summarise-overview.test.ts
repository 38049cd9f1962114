import { describe, expect, it } from 'vitest';
import type { MatrixCell, MatrixRow } from '../../../../src/shared/api/kpi-schemas';
import { summariseOverview } from '../../../../src/main/core/overview/summarise-overview';

function cell(status: MatrixCell['status'], extra: Partial<MatrixCell> = {}): MatrixCell {
  return {
    metricKey: 'amazon.odr_mfn', status, value: 0.001, amountMinor: null, currency: null, windowFrom: '2026-11-19', windowTo: '2026-11-19',
    watch: 0.0075, breach: 0.01, thresholdOrigin: 'catalog', thresholdSource: null, platformStatus: null, trend: null, slopePerDay: null,
    daysToBreach: null, recentValues: [], matters: true, ...extra,
  };
}

function row(storeId: number, healthScore: number, cells: MatrixCell[], worstStatus: MatrixRow['worstStatus'] = 'ok'): MatrixRow {
  return {
    storeId, displayName: `Store ${storeId}`, clientId: 1, clientName: 'Northpeak', platform: 'amazon', marketplace: 'US', stage: 'mature',
    storeStatus: 'active', accountManager: null, healthScore, worstStatus, cells,
  };
}

const HORIZON = 30;

describe('summariseOverview', () => {
  it('counts stores by worst status and open alerts by severity, every key present even at zero', () => {
    const overview = summariseOverview(
      [row(1, 75, [cell('breach')], 'breach'), row(2, 100, [cell('ok')]), row(3, 100, [cell('ok')])],
      [{ severity: 'critical' }, { severity: 'critical' }],
      HORIZON,
    );
    expect(overview.storesByStatus).toEqual({ ok: 2, watch: 0, breach: 1, no_data: 0, stale: 0 });
    expect(overview.openAlertsBySeverity).toEqual({ critical: 2, warning: 0, info: 0 });
    expect(overview.slaDueSoon).toEqual([]);
  });

  it('ranks stores at risk by health, then by projected breaches, and leaves out stores with nothing to fear', () => {
    const soon = (days: number) => cell('ok', { daysToBreach: days });
    const overview = summariseOverview(
      [
        row(1, 100, [cell('ok')]),
        row(2, 94, [soon(20), soon(8)]),
        row(3, 75, [cell('breach', { daysToBreach: 0 })], 'breach'),
        row(4, 94, [soon(5), cell('watch')], 'watch'),
        row(5, 97, [soon(25)]),
      ],
      [],
      HORIZON,
    );
    expect(overview.atRisk.map((s) => s.storeId)).toEqual([3, 2, 4, 5]);
    expect(overview.atRisk[0]).toMatchObject({ breaches: 1, projectedBreaches: 0, soonestBreachDays: null, worstStatus: 'breach' });
    expect(overview.atRisk[1]).toMatchObject({ projectedBreaches: 2, soonestBreachDays: 8, displayName: 'Store 2', clientName: 'Northpeak' });
    expect(overview.atRisk[2]).toMatchObject({ projectedBreaches: 1, soonestBreachDays: 5 });
  });

  it('puts the nearer breach first among stores equally healthy and equally projected', () => {
    const overview = summariseOverview(
      [row(1, 97, [cell('ok', { daysToBreach: 20 })]), row(2, 97, [cell('ok', { daysToBreach: 4 })])],
      [],
      HORIZON,
    );
    expect(overview.atRisk.map((s) => s.storeId)).toEqual([2, 1]);
  });

  it('counts only projections within the alert horizon and metrics that matter at the store\'s stage, as the health score does', () => {
    const overview = summariseOverview(
      [row(1, 97, [cell('ok', { daysToBreach: 10 }), cell('ok', { daysToBreach: 45 }), cell('breach', { matters: false })])],
      [],
      HORIZON,
    );
    expect(overview.atRisk[0]).toMatchObject({ breaches: 0, projectedBreaches: 1, soonestBreachDays: 10 });
  });

  it('keeps the ten most at risk', () => {
    const rows = Array.from({ length: 14 }, (_, i) => row(i + 1, 50 + i, [cell('watch')], 'watch'));
    expect(summariseOverview(rows, [], HORIZON).atRisk.map((s) => s.healthScore)).toEqual([50, 51, 52, 53, 54, 55, 56, 57, 58, 59]);
  });

  it('lists stores with stale data, oldest data first, with the newest day they have and how many metrics are stale', () => {
    const overview = summariseOverview(
      [
        row(1, 95, [cell('stale', { windowTo: '2026-11-10' }), cell('ok', { windowTo: '2026-11-12' })], 'stale'),
        row(2, 90, [cell('stale', { windowTo: '2026-11-01' }), cell('stale', { windowTo: '2026-11-02', matters: false })], 'stale'),
        row(3, 100, [cell('ok')]),
      ],
      [],
      HORIZON,
    );
    expect(overview.stale).toEqual([
      expect.objectContaining({ storeId: 2, lastDataDate: '2026-11-02', staleMetrics: 2 }),
      expect.objectContaining({ storeId: 1, lastDataDate: '2026-11-12', staleMetrics: 1 }),
    ]);
  });

  it('keeps at most twenty stale stores', () => {
    const rows = Array.from({ length: 25 }, (_, i) => row(i + 1, 95, [cell('stale', { windowTo: `2026-10-${String(i + 1).padStart(2, '0')}` })], 'stale'));
    const stale = summariseOverview(rows, [], HORIZON).stale;
    expect(stale).toHaveLength(20);
    expect(stale[0]?.lastDataDate).toBe('2026-10-01');
  });

  it('is all zeros and empty lists for an empty workspace', () => {
    expect(summariseOverview([], [], HORIZON)).toEqual({
      storesByStatus: { ok: 0, watch: 0, breach: 0, no_data: 0, stale: 0 },
      openAlertsBySeverity: { critical: 0, warning: 0, info: 0 },
      atRisk: [],
      stale: [],
      slaDueSoon: [],
    });
  });
});
