import { AppError } from '@shared/api/app-error';
import { eventSchemas, type EventName, type EventPayload, type StorefleetBridge } from '@shared/api/contract';
import { unwrapInvokeResult, type InvokeResult } from '@shared/api/invoke-result';
import { toAppError } from '../errors/to-app-error';

const TOKEN_HEADER = 'x-storefleet-token';

/** The browser host (`storefleet serve`): invoke over `POST /api/invoke`, events over SSE. */
export function createHttpBridge(token: string | null): StorefleetBridge {
  let events: EventSource | null = null;

  function eventSource(): EventSource {
    events ??= new EventSource(`/api/events?token=${encodeURIComponent(token ?? '')}`);
    return events;
  }

  return {
    async invoke(procedure, input) {
      let response: Response;
      try {
        response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token ?? '' },
          body: JSON.stringify({ procedure, input }),
        });
      } catch (error) {
        throw toAppError(error, 'unavailable');
      }
      let result: InvokeResult<never>;
      try {
        result = (await response.json()) as InvokeResult<never>;
      } catch {
        throw new AppError(response.ok ? 'internal' : 'unavailable', `HTTP ${response.status} ${response.statusText}`);
      }
      return unwrapInvokeResult(result);
    },

    on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void) {
      const listener = (message: MessageEvent<string>) => {
        let data: unknown;
        try {
          data = JSON.parse(message.data);
        } catch {
          return;
        }
        const parsed = eventSchemas[event].safeParse(data);
        if (parsed.success) handler(parsed.data as EventPayload<E>);
      };
      const source = eventSource();
      source.addEventListener(event, listener);
      return () => source.removeEventListener(event, listener);
    },
  };
}
