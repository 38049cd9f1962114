import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { rendererLocation } from '../../../src/main/electron/renderer-location';
import { hardenWebContents } from '../../../src/main/electron/web-contents-hardening';

const indexHtml = join('/opt', 'storefleet', 'out', 'renderer', 'index.html');
const location = rendererLocation(indexHtml, null);

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

function hardened() {
  const contents = new FakeContents();
  const log = { file: '/logs/main.log', error: vi.fn(), warn: vi.fn() };
  hardenWebContents(contents as unknown as WebContents, location, log);
  return { contents, log };
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('every web contents', () => {
  it('denies window.open and links with target=_blank', () => {
    const { contents, log } = hardened();
    expect(contents.openHandler?.({ url: 'https://example.com/phish?token=secret' })).toEqual({ action: 'deny' });
    expect(log.warn).toHaveBeenCalledWith('Blocked a window.open to https://example.com');
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('blocks %s away from our renderer', (name) => {
    const { contents } = hardened();
    const away = navigationEvent('https://example.com/');
    const ownFile = navigationEvent(pathToFileURL('/etc/passwd').href);
    contents.emit(name, away);
    contents.emit(name, ownFile);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(ownFile.preventDefault).toHaveBeenCalled();
  });

  it('lets the renderer reload itself', () => {
    const { contents } = hardened();
    const reload = navigationEvent(`${pathToFileURL(indexHtml).href}#/alerts`);
    contents.emit('will-navigate', reload);
    expect(reload.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = hardened();
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});
