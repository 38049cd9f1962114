/**
 * The wire protocol between the preload script and the main process. One request channel
 * (answered with an InvokeResult) and one event channel (event name, payload) — the whole
 * surface an attacker in the renderer could reach.
 */
export const INVOKE_CHANNEL = 'storefleet:invoke';
export const EVENT_CHANNEL = 'storefleet:event';
