import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeWindow {
  options: BrowserWindowConstructorOptions;
  loaded: string[];
  printed: PrintToPDFOptions[];
  destroyed: boolean;
}
const windows: FakeWindow[] = [];
let failPrint = false;

vi.mock('electron', () => ({
  BrowserWindow: class {
    private readonly fake: FakeWindow;
    readonly webContents: { printToPDF: (options: PrintToPDFOptions) => Promise<Buffer> };
    constructor(options: BrowserWindowConstructorOptions) {
      const fake: FakeWindow = { options, loaded: [], printed: [], destroyed: false };
      this.fake = fake;
      windows.push(fake);
      this.webContents = {
        printToPDF: (printOptions) => {
          fake.printed.push(printOptions);
          return failPrint ? Promise.reject(new Error('printing failed')) : Promise.resolve(Buffer.from('%PDF-1.7 fake'));
        },
      };
    }
    loadURL(url: string): Promise<void> {
      this.fake.loaded.push(url);
      return Promise.resolve();
    }
    destroy(): void {
      this.fake.destroyed = true;
    }
  },
}));

const { electronPdfPrinter } = await import('../../../src/main/electron/electron-pdf-printer');

beforeEach(() => {
  windows.length = 0;
  failPrint = false;
});

describe('the Electron PDF printer', () => {
  it('prints in a hidden, sandboxed window without JavaScript, Node or a preload', async () => {
    const pdf = await electronPdfPrinter().print('<p>改善計画書</p>');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    const [window] = windows;
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
  });

  it('loads the HTML itself from a data: URL, so no file is written and nothing is fetched', async () => {
    await electronPdfPrinter().print('<p>改善計画書</p>');
    const url = windows[0]!.loaded[0]!;
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1]!, 'base64').toString('utf8')).toBe('<p>改善計画書</p>');
  });

  it('prints A4 portrait unless asked otherwise, with backgrounds and the page size CSS gives', async () => {
    await electronPdfPrinter().print('<p>x</p>');
    await electronPdfPrinter().print('<p>x</p>', { pageSize: 'Letter', landscape: true });
    expect(windows.map((w) => w.printed[0])).toEqual([
      { pageSize: 'A4', landscape: false, printBackground: true, preferCSSPageSize: true },
      { pageSize: 'Letter', landscape: true, printBackground: true, preferCSSPageSize: true },
    ]);
  });

  it('destroys the window whether printing works or fails', async () => {
    failPrint = true;
    await expect(electronPdfPrinter().print('<p>x</p>')).rejects.toThrow('printing failed');
    expect(windows[0]?.destroyed).toBe(true);
  });

  it('refuses a page too large for a data: URL before opening any window', async () => {
    await expect(electronPdfPrinter().print('x'.repeat(2 * 1024 * 1024))).rejects.toMatchObject({ code: 'unavailable' });
    expect(windows).toEqual([]);
  });
});
