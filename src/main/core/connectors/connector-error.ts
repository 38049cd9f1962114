import { AppError } from '@shared/api/app-error';

/**
 * Why a sync failed, as the scheduler needs it: offline waits for the network, rate limits and
 * server trouble back off, bad credentials wait for the user.
 */
export const CONNECTOR_FAILURES = ['offline', 'auth', 'rate_limited', 'report_fatal', 'server', 'bad_response', 'not_configured'] as const;
export type ConnectorFailure = (typeof CONNECTOR_FAILURES)[number];

/** A connector failure in plain words (what happened, what to do), never carrying a secret. */
export class ConnectorError extends AppError {
  constructor(
    readonly failure: ConnectorFailure,
    message: string,
  ) {
    super(failure === 'auth' || failure === 'not_configured' ? 'unauthorized' : 'unavailable', message, { failure });
  }
}
