// TEMPORARY: replaced by the backend work for issue 4 (overview, column sets, series, funnel, annotations).
import { AppError } from '@shared/api/app-error';
import type { ProcedureTable } from '../procedure-table';

type InsightProcedure =
  | 'overview.get'
  | 'columnSets.list'
  | 'columnSets.save'
  | 'columnSets.remove'
  | 'series.get'
  | 'funnel.get'
  | 'annotations.list'
  | 'annotations.create'
  | 'annotations.update'
  | 'annotations.remove';

const pending = (): never => {
  throw new AppError('unavailable', 'Not implemented yet');
};

export const insightProcedures: ProcedureTable<InsightProcedure> = {
  'overview.get': pending,
  'columnSets.list': pending,
  'columnSets.save': pending,
  'columnSets.remove': pending,
  'series.get': pending,
  'funnel.get': pending,
  'annotations.list': pending,
  'annotations.create': pending,
  'annotations.update': pending,
  'annotations.remove': pending,
};
