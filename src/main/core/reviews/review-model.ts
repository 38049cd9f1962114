import type { Funnel } from '@shared/api/series-schemas';
import type { FeeStatement } from '@shared/api/fee-schemas';
import type { MetricStatus } from '@shared/api/kpi-schemas';
import type { SlaCompliance } from '@shared/api/sla-schemas';
import type { Language } from '@shared/domain/languages';
import type { Marketplace } from '@shared/domain/marketplaces';
import type { Platform } from '@shared/domain/stores';
import type { Direction, MetricUnit } from '@shared/metrics/metric-definition';

/** One metric of one store in the month: values in the metric's unit (rates as fractions, money in major units). */
export interface ReviewKpi {
  metricKey: string;
  unit: MetricUnit;
  direction: Direction;
  currency: string | null;
  value: number | null;
  previous: number | null;
  baseline: number | null;
  target: number | null;
  status: MetricStatus;
}

export interface ReviewDailySeries {
  metricKey: string;
  unit: MetricUnit;
  currency: string | null;
  points: { date: string; value: number; watch: number | null; breach: number | null; status: MetricStatus }[];
}

export interface ReviewStoreSection {
  storeId: number;
  name: string;
  platform: Platform;
  marketplace: Marketplace;
  /** False when the store reported nothing for the month: the report says so instead of a table. */
  hasData: boolean;
  kpis: ReviewKpi[];
  /** Every metric's daily values, for the charts and the XLSX appendix. */
  daily: ReviewDailySeries[];
  /** The metrics worth a trend chart: those with a contract target, then the worst judged. */
  chartKeys: string[];
  funnel: Funnel | null;
}

export interface ReviewAlertLine {
  storeName: string;
  metricKey: string;
  severity: string;
  openedAt: string;
  resolvedAt: string | null;
}

export interface ReviewPoaLine {
  storeName: string;
  caseType: string;
  status: string;
  noticeDate: string;
  decidedAt: string | null;
}

/** Everything one client's review of one month says, before words and formatting. */
export interface ReviewModel {
  clientId: number;
  clientName: string;
  month: string;
  from: string;
  to: string;
  language: Language;
  preparedOn: string;
  stores: ReviewStoreSection[];
  alertsOpened: ReviewAlertLine[];
  alertsResolved: number;
  poaCases: ReviewPoaLine[];
  sla: SlaCompliance | null;
  fees: FeeStatement | null;
}
