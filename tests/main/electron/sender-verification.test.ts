import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rendererLocation } from '../../../src/main/electron/renderer-location';
import { isTrustedSenderFrame, type FrameIdentity } from '../../../src/main/electron/sender-verification';

const indexHtml = join('/opt', 'storefleet', 'out', 'renderer', 'index.html');
const location = rendererLocation(indexHtml, null);
const ownUrl = `${pathToFileURL(indexHtml).href}#/stores`;

function frame(overrides: Partial<FrameIdentity> = {}): FrameIdentity {
  return { url: ownUrl, parent: null, processId: 4, routingId: 1, ...overrides };
}

describe('the IPC sender check', () => {
  const mainFrame = frame();

  it('trusts the main frame of our window showing our renderer', () => {
    expect(isTrustedSenderFrame(frame(), mainFrame, location)).toBe(true);
  });

  it('refuses a subframe, even one showing our own page', () => {
    expect(isTrustedSenderFrame(frame({ parent: mainFrame, routingId: 2 }), mainFrame, location)).toBe(false);
  });

  it('refuses a frame of another window or process', () => {
    expect(isTrustedSenderFrame(frame({ processId: 5 }), mainFrame, location)).toBe(false);
    expect(isTrustedSenderFrame(frame({ routingId: 9 }), mainFrame, location)).toBe(false);
  });

  it('refuses our main frame once it shows anything but our renderer', () => {
    expect(isTrustedSenderFrame(frame({ url: 'https://example.com/' }), mainFrame, location)).toBe(false);
  });

  it('refuses a frame that is already gone', () => {
    expect(isTrustedSenderFrame(null, mainFrame, location)).toBe(false);
    expect(isTrustedSenderFrame(frame(), null, location)).toBe(false);
  });
});
