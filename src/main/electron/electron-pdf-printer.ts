import { BrowserWindow } from 'electron';
import { AppError } from '@shared/api/app-error';
import type { PdfPageOptions, PdfPrinter } from '../core/pdf/pdf-printer';

/** Chromium refuses URLs longer than 2 MB, and a data: URL carries the whole page. */
const MAX_URL_LENGTH = 2 * 1024 * 1024;

/**
 * Prints HTML with Electron's own Chromium: a hidden, sandboxed window with JavaScript off and
 * no preload loads the page from a data: URL (no file is written, nothing is fetched: the app
 * session refuses remote requests), prints it and is destroyed.
 */
export function electronPdfPrinter(): PdfPrinter {
  return {
    async print(html: string, options: PdfPageOptions = {}): Promise<Uint8Array> {
      const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
      if (url.length > MAX_URL_LENGTH) throw new AppError('unavailable', 'The document is too large to print as PDF; export DOCX instead.');
      const window = new BrowserWindow({ /* eng-disable AUXCLICK_JS_CHECK -- a hidden window with JavaScript off that nobody can click; every window.open is denied anyway (web-contents-hardening.ts) */
        show: false,
        webPreferences: {
          javascript: false,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
          webviewTag: false,
          navigateOnDragDrop: false,
          spellcheck: false,
          devTools: false,
        },
      });
      try {
        await window.loadURL(url);
        const pdf = await window.webContents.printToPDF({
          pageSize: options.pageSize ?? 'A4',
          landscape: options.landscape ?? false,
          printBackground: true,
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
      }
    },
  };
}
