/** Paper a document is printed on; A4 unless the caller asks otherwise. */
export interface PdfPageOptions {
  pageSize?: 'A4' | 'Letter';
  landscape?: boolean;
}

/**
 * Turns a self-contained HTML document (inline styles, no scripts, no remote resources) into PDF
 * bytes. The core only writes HTML: each host prints it with the browser engine it has (Chromium
 * through playwright-core for the CLI and the browser host, Electron's printToPDF on the desktop),
 * so the core never imports either.
 */
export interface PdfPrinter {
  print(html: string, options?: PdfPageOptions): Promise<Uint8Array>;
  /**
   * For many prints in a row (a batch of reviews): one engine kept open until closed, so each
   * print does not pay the start-up and font loading again. Hosts without it print one by one.
   */
  openSession?(): Promise<PdfPrintSession>;
}

export interface PdfPrintSession {
  print(html: string, options?: PdfPageOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}
