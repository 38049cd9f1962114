import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../../src/main/core/events/event-bus';
import { JobCancelled, JobRegistry } from '../../../../src/main/core/jobs/job-registry';

describe('the job registry', () => {
  it('stops a running job at its next progress report', () => {
    const jobs = new JobRegistry(new EventBus());
    const job = jobs.start('a', 'file.csv');
    job.progress(1, 10);
    expect(jobs.cancel('a')).toBe(true);
    expect(() => job.progress(2, 10)).toThrow(JobCancelled);
  });

  it('keeps a cancel that overtakes the start of its job, and stops that job at its first report', () => {
    const jobs = new JobRegistry(new EventBus());
    expect(jobs.cancel('upload')).toBe(false);
    const job = jobs.start('upload', 'big.csv');
    expect(() => job.progress(0, 10)).toThrow(JobCancelled);
    job.finish();
    // Once told, it is forgotten: the same id can run again.
    expect(() => jobs.start('upload', 'big.csv').progress(0, 10)).not.toThrow();
  });

  it('does not carry a cancel that came too late over to the next run of a repeating job', () => {
    const jobs = new JobRegistry(new EventBus());
    jobs.start('sync-store-1', 'sync').finish();
    expect(jobs.cancel('sync-store-1')).toBe(false);
    expect(() => jobs.start('sync-store-1', 'sync').progress(0, 1)).not.toThrow();
  });
});
