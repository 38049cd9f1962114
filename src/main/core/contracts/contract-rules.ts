import { eq, inArray } from 'drizzle-orm';
import { AppError, type FieldIssue } from '@shared/api/app-error';
import type { contractInputSchema } from '@shared/api/agency-contract-schemas';
import type { Marketplace } from '@shared/domain/marketplaces';
import type { Platform } from '@shared/domain/stores';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { z } from 'zod';
import type { CoreContext } from '../core-context';
import { clients, stores } from '../db/schema';
import { appliesTo } from '../kpi/applicable-metrics';

export type ContractValues = z.output<typeof contractInputSchema>;

export function refused(issues: FieldIssue[]): AppError {
  return new AppError('invalid_input', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
}

type StoreFacts = { id: number; clientId: number; platform: string; marketplace: string; archivedAt: string | null };

/** The store facts the rules need, for the stores a contract names. */
function namedStores(ctx: CoreContext, ids: readonly number[]): Map<number, StoreFacts> {
  if (ids.length === 0) return new Map();
  const rows = ctx.workspace.db
    .select({ id: stores.id, clientId: stores.clientId, platform: stores.platform, marketplace: stores.marketplace, archivedAt: stores.archivedAt })
    .from(stores)
    .where(inArray(stores.id, [...ids]))
    .all();
  return new Map(rows.map((row) => [row.id, row]));
}

function clientIssues(ctx: CoreContext, clientId: number): FieldIssue[] {
  const client = ctx.workspace.db.select({ archivedAt: clients.archivedAt }).from(clients).where(eq(clients.id, clientId)).get();
  if (!client) return [{ field: 'clientId', code: 'not_found', message: `client ${clientId} does not exist` }];
  if (client.archivedAt) return [{ field: 'clientId', code: 'archived', message: `client ${clientId} is archived; restore it first` }];
  return [];
}

function storeIssues(values: ContractValues, known: Map<number, StoreFacts>, alreadyCovered: ReadonlySet<number>): FieldIssue[] {
  return values.storeIds.flatMap((storeId, index): FieldIssue[] => {
    const field = `storeIds.${index}`;
    const store = known.get(storeId);
    if (!store) return [{ field, code: 'not_found', message: `store ${storeId} does not exist` }];
    if (values.storeIds.indexOf(storeId) !== index) return [{ field, code: 'duplicate', message: `store ${storeId} is named twice` }];
    if (store.clientId !== values.clientId) return [{ field, code: 'other_client', message: `store ${storeId} belongs to another client` }];
    if (store.archivedAt && !alreadyCovered.has(storeId)) return [{ field, code: 'archived', message: `store ${storeId} is archived` }];
    return [];
  });
}

function termIssues(values: ContractValues): FieldIssue[] {
  return values.slaTerms.flatMap((term, index): FieldIssue[] => {
    if (values.slaTerms.findIndex((other) => other.kind === term.kind) !== index) {
      return [{ field: `slaTerms.${index}.kind`, code: 'duplicate', message: `the contract already has a ${term.kind} term` }];
    }
    if (term.kind !== 'monthly_review' && term.clock === 'business' && !values.businessHours) {
      return [{ field: `slaTerms.${index}.clock`, code: 'no_business_hours', message: 'a business-hours clock needs the contract’s business hours' }];
    }
    return [];
  });
}

/** A metric a clause or target can be judged by: in the catalog, a number, reported by at least one of its stores. */
export function metricIssue(
  field: string,
  metricKey: string,
  storeIds: readonly number[],
  known: ReadonlyMap<number, Pick<StoreFacts, 'platform' | 'marketplace'>>,
): FieldIssue | null {
  const metric = findMetric(metricKey);
  if (!metric) return { field, code: 'unknown_metric', message: `"${metricKey}" is not a metric of the catalog` };
  if (metric.unit === 'status') return { field, code: 'not_numeric', message: `${metricKey} is a platform status, not a number` };
  const reported = storeIds.some((id) => {
    const store = known.get(id);
    return store !== undefined && appliesTo(metric, { platform: store.platform as Platform, marketplace: store.marketplace as Marketplace });
  });
  return reported ? null : { field, code: 'not_reported', message: `no covered store reports ${metricKey}` };
}

function clauseIssues(values: ContractValues, known: Map<number, StoreFacts>): FieldIssue[] {
  return values.feeClauses.flatMap((clause, index): FieldIssue[] => {
    const prefix = `feeClauses.${index}`;
    if (clause.storeId !== null && !values.storeIds.includes(clause.storeId)) {
      return [{ field: `${prefix}.storeId`, code: 'not_covered', message: `store ${clause.storeId} is not covered by the contract` }];
    }
    const issue = metricIssue(`${prefix}.metricKey`, clause.metricKey, clause.storeId === null ? values.storeIds : [clause.storeId], known);
    if (issue) return [issue];
    if (findMetric(clause.metricKey)?.unit === 'ratio' && (clause.threshold < 0 || clause.threshold > 1)) {
      return [{ field: `${prefix}.threshold`, code: 'not_fraction', message: 'rates are fractions between 0 and 1 (write 0.005 for 0.5 %)' }];
    }
    return [];
  });
}

function periodIssues(values: ContractValues): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (values.endDate !== null && values.endDate < values.startDate) {
    issues.push({ field: 'endDate', code: 'before_start', message: `${values.endDate} is before the start date ${values.startDate}` });
  }
  const hours = values.businessHours;
  if (hours && hours.end <= hours.start) {
    issues.push({ field: 'businessHours.end', code: 'before_start', message: `business hours must end after they start (${hours.start})` });
  }
  if (hours && new Set(hours.days).size !== hours.days.length) {
    issues.push({ field: 'businessHours.days', code: 'duplicate', message: 'a weekday is named twice' });
  }
  return issues;
}

/**
 * Every rule a contract must meet, all reported at once with the field each concerns, so a form
 * can mark them together. `alreadyCovered`: stores the contract covered before an edit (an
 * archived one may stay). Refuses with nothing written.
 */
export function assertContractRules(ctx: CoreContext, values: ContractValues, alreadyCovered: ReadonlySet<number> = new Set()): void {
  const known = namedStores(ctx, values.storeIds);
  const issues = [
    ...clientIssues(ctx, values.clientId),
    ...periodIssues(values),
    ...storeIssues(values, known, alreadyCovered),
    ...termIssues(values),
    ...clauseIssues(values, known),
  ];
  if (issues.length > 0) throw refused(issues);
}
