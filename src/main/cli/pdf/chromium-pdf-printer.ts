import { existsSync } from 'node:fs';
import { AppError } from '@shared/api/app-error';
import type { Browser } from 'playwright-core';
import type { PdfPageOptions, PdfPrinter, PdfPrintSession } from '../../core/pdf/pdf-printer';

/** Debian's Chromium; STOREFLEET_CHROMIUM points elsewhere (another distribution, macOS, Windows). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Headless, quiet and offline: no sandbox helper (containers lack it), no GPU, no background traffic. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env['STOREFLEET_CHROMIUM'] || DEFAULT_CHROMIUM;
}

async function launch(executablePath: string): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new AppError('unavailable', `Chromium was not found at ${executablePath}; install it or set STOREFLEET_CHROMIUM to export PDF files.`);
  }
  // Loaded on first use: the CLI's other commands should not pay for it.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
}

/** Scripts are off and every request is refused, so the page shows only what the HTML carries. */
async function printWith(browser: Browser, html: string, options: PdfPageOptions): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: options.pageSize ?? 'A4', landscape: options.landscape ?? false, printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await context.close();
  }
}

/**
 * Prints HTML with Chromium driven by playwright-core, for the CLI and the browser host. Each print
 * starts a browser and closes it: exports are rare, and nothing is left running between them. A
 * session (batch exports) keeps one browser for its prints, each in a fresh context.
 */
export function chromiumPdfPrinter(executablePath: string = chromiumExecutable()): PdfPrinter {
  return {
    async print(html: string, options: PdfPageOptions = {}): Promise<Uint8Array> {
      const browser = await launch(executablePath);
      try {
        return await printWith(browser, html, options);
      } finally {
        await browser.close();
      }
    },
    async openSession(): Promise<PdfPrintSession> {
      const browser = await launch(executablePath);
      return {
        print: (html, options = {}) => printWith(browser, html, options),
        close: () => browser.close(),
      };
    },
  };
}
