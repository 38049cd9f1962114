import { and, asc, desc, eq } from 'drizzle-orm';
import { AppError } from '@shared/api/app-error';
import type { FxRate, fxInputSchemas } from '@shared/api/fee-schemas';
import type { FxRateSource } from '@shared/domain/agency-contracts';
import type { Currency } from '@shared/domain/currencies';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { fxRates } from '../db/schema';
import { invalidField } from '../errors';

type FxPair = z.output<typeof fxInputSchemas.remove>;
type FxRateInput = z.output<typeof fxInputSchemas.set>;

function toFxRate(row: typeof fxRates.$inferSelect): FxRate {
  return { ...row, currency: row.currency as Currency, quoteCurrency: row.quoteCurrency as Currency };
}

/** The rates kept, newest month first. */
export function listFxRates(ctx: CoreContext, query: { month?: string } = {}): FxRate[] {
  return ctx.workspace.db
    .select()
    .from(fxRates)
    .where(query.month ? eq(fxRates.month, query.month) : undefined)
    .orderBy(desc(fxRates.month), asc(fxRates.currency), asc(fxRates.quoteCurrency))
    .all()
    .map(toFxRate);
}

function pairCondition(pair: FxPair) {
  return and(eq(fxRates.month, pair.month), eq(fxRates.currency, pair.currency), eq(fxRates.quoteCurrency, pair.quoteCurrency));
}

/** Keeps (or replaces) the month's rate for a currency pair. */
export function setFxRate(ctx: CoreContext, input: FxRateInput): FxRate {
  if (input.currency === input.quoteCurrency) throw invalidField('quoteCurrency', 'same_currency', 'must differ from the currency');
  return ctx.workspace.sqlite.transaction(() => {
    const values = { rate: input.rate, updatedAt: ctx.now().toISOString(), updatedBy: ctx.actor };
    const row = ctx.workspace.db
      .insert(fxRates)
      .values({ month: input.month, currency: input.currency, quoteCurrency: input.quoteCurrency, ...values })
      .onConflictDoUpdate({ target: [fxRates.month, fxRates.currency, fxRates.quoteCurrency], set: values })
      .returning()
      .get();
    recordAudit(ctx, { action: 'set', entity: 'fx_rate', entityId: null, details: { ...input } });
    return toFxRate(row);
  })();
}

export function removeFxRate(ctx: CoreContext, pair: FxPair): void {
  ctx.workspace.sqlite.transaction(() => {
    const removed = ctx.workspace.db.delete(fxRates).where(pairCondition(pair)).returning().get();
    if (!removed) {
      throw new AppError('not_found', `No FX rate ${pair.currency}→${pair.quoteCurrency} is kept for ${pair.month}`, { entity: 'FX rate', ...pair });
    }
    recordAudit(ctx, { action: 'remove', entity: 'fx_rate', entityId: null, details: { ...pair, rate: removed.rate } });
  })();
}

export interface FxConversion {
  rate: number;
  source: FxRateSource;
}
export type FxLookup = (from: string, to: string) => FxConversion | null;

/** The month's rates as a lookup: no conversion within a currency, the pair as kept, else its inverse. */
export function fxLookupForMonth(ctx: CoreContext, month: string): FxLookup {
  const rates = new Map(listFxRates(ctx, { month }).map((r) => [`${r.currency}>${r.quoteCurrency}`, r.rate]));
  return (from, to) => {
    if (from === to) return { rate: 1, source: 'same_currency' };
    const direct = rates.get(`${from}>${to}`);
    if (direct !== undefined) return { rate: direct, source: 'direct' };
    const inverse = rates.get(`${to}>${from}`);
    return inverse !== undefined ? { rate: 1 / inverse, source: 'inverse' } : null;
  };
}
