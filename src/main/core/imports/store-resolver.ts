import { and, isNull } from 'drizzle-orm';
import { AMAZON_MARKETPLACE_IDS } from '@shared/domain/amazon-marketplace-ids';
import type { Platform } from '@shared/domain/stores';
import type { CoreContext } from '../core-context';
import { stores } from '../db/schema';
import type { IssueParams, ParsedRecord } from './import-sink';

export interface ResolvedStore {
  id: number;
  displayName: string;
  platform: Platform;
}

export type StoreResolution =
  | { ok: true; store: ResolvedStore }
  | { ok: false; message: string; code: string; params: IssueParams; column: string | null };

/**
 * Finds the store each record belongs to, never by guessing: an Amazon marketplace id needs the
 * seller account the user chose; a store column names a store by seller id, name or "#id"; a
 * record without either goes to the chosen store. Answers are cached per reference.
 */
export function createStoreResolver(ctx: CoreContext, chosen: ResolvedStore & { sellerId: string } | null) {
  const live = ctx.workspace.db
    .select({ id: stores.id, displayName: stores.displayName, platform: stores.platform, marketplace: stores.marketplace, sellerId: stores.sellerId })
    .from(stores)
    .where(and(isNull(stores.archivedAt)))
    .all();
  const found = (s: (typeof live)[number]): StoreResolution => ({
    ok: true,
    store: { id: s.id, displayName: s.displayName, platform: s.platform as Platform },
  });

  function byMarketplace(marketplaceId: string): StoreResolution {
    const marketplace = AMAZON_MARKETPLACE_IDS[marketplaceId];
    if (!marketplace) {
      return { ok: false, column: 'marketplaceId', message: `unknown Amazon marketplace id ${marketplaceId}`, code: 'unknown_marketplace', params: { marketplaceId } };
    }
    if (!chosen || chosen.platform !== 'amazon') {
      return { ok: false, column: null, message: 'choose the Amazon store (seller account) this report belongs to', code: 'choose_amazon_store', params: {} };
    }
    const match = live.find((s) => s.platform === 'amazon' && s.sellerId === chosen.sellerId && s.marketplace === marketplace);
    if (match) return found(match);
    return {
      ok: false,
      column: 'marketplaceId',
      message: `the report has data for Amazon ${marketplace} (${marketplaceId}) but there is no Amazon ${marketplace} store with seller id ${chosen.sellerId}; add that store first`,
      code: 'no_store_for_marketplace',
      params: { marketplace, marketplaceId, sellerId: chosen.sellerId },
    };
  }

  function byColumn(value: string): StoreResolution {
    const wanted = value.trim().toLowerCase();
    const idMatch = /^#(\d+)$/.exec(wanted);
    const matches = idMatch
      ? live.filter((s) => s.id === Number(idMatch[1]))
      : live.filter((s) => s.sellerId.toLowerCase() === wanted || s.displayName.toLowerCase() === wanted);
    if (matches.length === 1) return found(matches[0]!);
    if (matches.length > 1) {
      return {
        ok: false,
        column: 'store',
        message: `"${value}" matches ${matches.length} stores; use the store's "#id" instead`,
        code: 'ambiguous_store',
        params: { value, matches: matches.length },
      };
    }
    return { ok: false, column: 'store', message: `no live store has the seller id or name "${value}"`, code: 'unknown_store', params: { value } };
  }

  const marketplaceAnswers = new Map<string, StoreResolution>();
  const columnAnswers = new Map<string, StoreResolution>();
  const cached = (answers: Map<string, StoreResolution>, value: string, find: (value: string) => StoreResolution) => {
    let answer = answers.get(value);
    if (!answer) answers.set(value, (answer = find(value)));
    return answer;
  };
  let lastColumn: string | null = null;
  let lastColumnAnswer: StoreResolution | undefined;
  return function resolve(ref: ParsedRecord['storeRef']): StoreResolution {
    if (ref === null) {
      return chosen
        ? { ok: true, store: chosen }
        : { ok: false, column: null, message: 'choose the store this file belongs to', code: 'choose_store', params: {} };
    }
    if ('marketplaceId' in ref) return cached(marketplaceAnswers, ref.marketplaceId, byMarketplace);
    // Files list a store's rows together: the previous answer is usually the right one.
    if (ref.column !== lastColumn || !lastColumnAnswer) {
      lastColumn = ref.column;
      lastColumnAnswer = cached(columnAnswers, ref.column, byColumn);
    }
    return lastColumnAnswer;
  };
}
