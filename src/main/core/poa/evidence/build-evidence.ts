import type { PoaEvidence, PoaEvidenceFigure } from '@shared/api/poa-content-schemas';
import type { SnapshotSource } from '@shared/domain/snapshots';
import { dayNumber } from '../../kpi/compute-trend';
import type { EvidenceMetric } from './evidence-metrics';

/** A snapshot with the import batch it came from, as the evidence query reads it. */
export interface EvidenceSnapshot {
  metricKey: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  windowFrom: string;
  windowTo: string;
  platformTarget: number | null;
  platformTargetCondition: string | null;
  platformStatus: string | null;
  batchId: number;
  source: SnapshotSource;
  sourceName: string;
  format: string | null;
  importedAt: string;
}

export interface EvidenceTarget {
  value: number;
  condition: string;
}

const windowLength = (row: EvidenceSnapshot) => dayNumber(row.windowTo) - dayNumber(row.windowFrom) + 1;

/**
 * The snapshot that best describes a metric at the notice: the window ending on the notice day or
 * closest before it (what the platform saw when it wrote the notice), else the first one after.
 * Between windows ending the same day, the metric's usual window length wins (Amazon reports late
 * shipments over 10 and 30 days), then the latest import.
 */
export function pickEvidenceSnapshot(rows: readonly EvidenceSnapshot[], noticeDate: string, windowDays: number | null): EvidenceSnapshot | null {
  const notice = dayNumber(noticeDate);
  const rank = (row: EvidenceSnapshot): number[] => [
    row.windowTo <= noticeDate ? 0 : 1,
    Math.abs(notice - dayNumber(row.windowTo)),
    windowDays !== null && windowLength(row) === windowDays ? 0 : 1,
    -row.batchId,
  ];
  const compare = (a: number[], b: number[]) => a.reduce((result, value, i) => result || value - b[i]!, 0);
  return rows.map((row) => ({ row, rank: rank(row) })).sort((a, b) => compare(a.rank, b.rank))[0]?.row ?? null;
}

/**
 * One evidence table: the counts the platform reported (orders, defects …), the kinds of defect
 * of the same window, the rate (or count, or score) and the target, with the import it came from.
 * Counts the platform did not report are left out rather than shown empty; the target is the
 * report's own, else the catalog default passed in.
 */
export function buildEvidence(
  metric: EvidenceMetric,
  snapshot: EvidenceSnapshot,
  components: ReadonlyMap<string, EvidenceSnapshot>,
  fallbackTarget: EvidenceTarget | null,
): PoaEvidence {
  const figures: PoaEvidenceFigure[] = [];
  const count = (figure: PoaEvidenceFigure['figure'], value: number | null | undefined) => {
    if (value !== null && value !== undefined) figures.push({ figure, value, unit: 'count', condition: null });
  };
  if (metric.denominator) count(metric.denominator, snapshot.denominator);
  if (metric.numerator) count(metric.numerator, snapshot.numerator);
  for (const component of metric.components ?? []) count(component.figure, components.get(component.key)?.value);
  figures.push({ figure: metric.value.figure, value: snapshot.value, unit: metric.value.unit, condition: null });
  const target =
    snapshot.platformTarget !== null
      ? { value: snapshot.platformTarget, condition: snapshot.platformTargetCondition ?? fallbackTarget?.condition ?? null }
      : fallbackTarget;
  if (target) figures.push({ figure: 'target', value: target.value, unit: metric.value.unit, condition: target.condition });
  return {
    metricKey: metric.key,
    windowFrom: snapshot.windowFrom,
    windowTo: snapshot.windowTo,
    figures,
    platformStatus: snapshot.platformStatus,
    source: { kind: snapshot.source, name: snapshot.sourceName, format: snapshot.format, importedAt: snapshot.importedAt, batchId: snapshot.batchId },
  };
}
