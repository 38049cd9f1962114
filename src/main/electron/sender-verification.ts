import { isRendererUrl, type RendererLocation } from './renderer-location';

/** The parts of Electron's WebFrameMain the check reads; tests pass plain objects. */
export interface FrameIdentity {
  readonly url: string;
  readonly parent: FrameIdentity | null;
  readonly processId: number;
  readonly routingId: number;
}

/**
 * True only when an IPC message comes from the top frame of our window showing our own
 * renderer. Anything else — a subframe, a frame that navigated elsewhere, a frame already
 * gone (null) — is refused, whatever it asks for.
 */
export function isTrustedSenderFrame(
  frame: FrameIdentity | null,
  windowMainFrame: FrameIdentity | null,
  location: RendererLocation,
): boolean {
  if (!frame || !windowMainFrame) return false;
  if (frame.parent !== null) return false;
  // Distinct WebFrameMain wrappers of one frame share processId and routingId.
  if (frame.processId !== windowMainFrame.processId || frame.routingId !== windowMainFrame.routingId) return false;
  return isRendererUrl(frame.url, location);
}
