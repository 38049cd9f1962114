import type { ProcedureInput } from '@shared/api/contract';
import { queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

// Everything planning shows is read from snapshots too, so one key refreshes all of it.
const PLANNING_KEYS = [queryKeys.planning] as const;

export const usePeople = (input: ProcedureInput<'planning.people.list'> = {}) =>
  useInvokeQuery([...queryKeys.planning, 'people', input ?? {}], 'planning.people.list', input);
export const useTemplates = () => useInvokeQuery([...queryKeys.planning, 'templates'], 'planning.templates.list', {});
export const usePlanningTargets = (input: ProcedureInput<'planning.targets.list'>) =>
  useInvokeQuery([...queryKeys.planning, 'targets', input ?? {}], 'planning.targets.list', input);
export const useTargetReview = () => useInvokeQuery([...queryKeys.planning, 'review'], 'planning.targets.review', {});
export const useScorecards = (period: string) => useInvokeQuery([...queryKeys.planning, 'scorecards', period], 'planning.scorecards', { period });
export const useExperiments = () => useInvokeQuery([...queryKeys.planning, 'experiments'], 'planning.experiments.list', {});
export const useRecoveryCandidates = (storeId: number) =>
  useInvokeQuery([...queryKeys.planning, 'recovery', storeId, 'candidates'], 'planning.recovery.candidates', { storeId });
export const useRecoveryPlan = (storeId: number, metricKey: string) =>
  useInvokeQuery([...queryKeys.planning, 'recovery', storeId, metricKey], 'planning.recovery', { storeId, metricKey });

export const useCreatePerson = () => useInvokeMutation('planning.people.create', PLANNING_KEYS);
export const useUpdatePerson = () => useInvokeMutation('planning.people.update', PLANNING_KEYS);
export const useArchivePerson = () => useInvokeMutation('planning.people.archive', PLANNING_KEYS);
export const useCopyTemplate = () => useInvokeMutation('planning.templates.copy', PLANNING_KEYS);
export const useApplyTemplate = () => useInvokeMutation('planning.templates.apply', PLANNING_KEYS);
export const useUpdateTemplate = () => useInvokeMutation('planning.templates.update', PLANNING_KEYS);
export const useRemoveTemplate = () => useInvokeMutation('planning.templates.remove', PLANNING_KEYS);
export const useRemovePlanningTarget = () => useInvokeMutation('planning.targets.remove', PLANNING_KEYS);
// A new experiment notes its start and end on the variant stores' charts.
export const useCreateExperiment = () => useInvokeMutation('planning.experiments.create', [queryKeys.planning, queryKeys.annotations]);
export const useDecideExperiment = () => useInvokeMutation('planning.experiments.decide', PLANNING_KEYS);
