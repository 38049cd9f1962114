import { useEffect, useState } from 'react';
import type { EventPayload } from '@shared/api/contract';
import { useBridge } from '../bridge/bridge-context';

export type JobProgress = Pick<EventPayload<'job.progress'>, 'done' | 'total'>;

/** The latest progress the backend reported for one job; null until it reports. */
export function useJobProgress(jobId: string | null): JobProgress | null {
  const bridge = useBridge();
  const [latest, setLatest] = useState<EventPayload<'job.progress'> | null>(null);
  useEffect(() => {
    if (!jobId) return undefined;
    return bridge.on('job.progress', (payload) => {
      if (payload.jobId === jobId) setLatest(payload);
    });
  }, [bridge, jobId]);
  return latest && latest.jobId === jobId ? { done: latest.done, total: latest.total } : null;
}
