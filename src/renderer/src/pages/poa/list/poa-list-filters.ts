import type { ProcedureInput } from '@shared/api/contract';
import { POA_CASE_TYPES, POA_STATUSES, type PoaCaseType, type PoaStatus } from '@shared/domain/poa';

/** What the case list shows; it lives in the URL so a link (or the back button) keeps it. */
export interface PoaListFilters {
  storeId?: number;
  status?: PoaStatus;
  caseType?: PoaCaseType;
}

const PARAM = { storeId: 'store', status: 'status', caseType: 'type' } as const satisfies Record<keyof PoaListFilters, string>;

/** `?new=<store id>` opens the new-case form for that store (the store page's "Start a POA"); `?new=` for none. */
export const NEW_CASE_PARAM = 'new';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

export function positiveId(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 && Number.isSafeInteger(id) ? id : undefined;
}

/** Reads the filters from a URL query; a value that makes no sense (a hand-edited link) is dropped. */
export function parsePoaListFilters(params: URLSearchParams): PoaListFilters {
  return {
    storeId: positiveId(params.get(PARAM.storeId)),
    status: oneOf(POA_STATUSES, params.get(PARAM.status)),
    caseType: oneOf(POA_CASE_TYPES, params.get(PARAM.caseType)),
  };
}

/** Writes the filters into a copy of `current`, leaving its other parameters alone. */
export function writePoaListFilters(filters: PoaListFilters, current: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | undefined) => (value === undefined ? next.delete(key) : next.set(key, value));
  set(PARAM.storeId, filters.storeId?.toString());
  set(PARAM.status, filters.status);
  set(PARAM.caseType, filters.caseType);
  return next;
}

export function narrowsPoaList(filters: PoaListFilters): boolean {
  return filters.storeId !== undefined || filters.status !== undefined || filters.caseType !== undefined;
}

export function poaListInput(filters: PoaListFilters): NonNullable<ProcedureInput<'poa.list'>> {
  return { storeId: filters.storeId, status: filters.status, caseType: filters.caseType };
}

/** The case list with the new-case form open for a store: where the store page's button leads. */
export function newPoaCaseHref(storeId: number): string {
  return `/poa?${new URLSearchParams({ [NEW_CASE_PARAM]: String(storeId) }).toString()}`;
}

export function poaCaseHref(caseId: number): string {
  return `/poa/${caseId}`;
}
