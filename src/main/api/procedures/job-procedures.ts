import type { ProcedureTable } from '../procedure-table';

export const jobProcedures: ProcedureTable<'jobs.cancel'> = {
  'jobs.cancel': (ctx, { jobId }) => ({ cancelling: ctx.jobs.cancel(jobId) }),
};
