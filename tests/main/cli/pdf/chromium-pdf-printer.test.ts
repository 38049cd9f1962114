import { describe, expect, it } from 'vitest';
import { chromiumExecutable, chromiumPdfPrinter, DEFAULT_CHROMIUM } from '../../../../src/main/cli/pdf/chromium-pdf-printer';
import { pdfText, withoutSpace } from '../../../helpers/document-text';

describe('the Chromium PDF printer of the CLI and browser host', () => {
  it('prints HTML to a PDF whose text can be read back, CJK included', async () => {
    const pdf = await chromiumPdfPrinter().print('<!doctype html><html lang="ja-JP"><meta charset="utf-8"><body><h1>月次レビュー</h1><p>Monthly review 中文</p></body></html>');
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(withoutSpace(pdfText(pdf))).toContain('月次レビューMonthlyreview中文');
  });

  it('runs no script and fetches nothing the page asks for', async () => {
    const pdf = await chromiumPdfPrinter().print(
      '<!doctype html><html><body><p id="p">static text</p><script>document.getElementById("p").textContent = "script ran";</script><img src="http://127.0.0.1:9/tracker.png" alt=""></body></html>',
      { pageSize: 'Letter', landscape: true },
    );
    const text = pdfText(pdf);
    expect(text).toContain('static text');
    expect(text).not.toContain('script ran');
  });

  it('says where it looked when Chromium is missing, and how to point elsewhere', async () => {
    await expect(chromiumPdfPrinter('/nonexistent/chromium').print('<p>x</p>')).rejects.toMatchObject({
      code: 'unavailable',
      message: 'Chromium was not found at /nonexistent/chromium; install it or set STOREFLEET_CHROMIUM to export PDF files.',
    });
    expect(chromiumExecutable({})).toBe(DEFAULT_CHROMIUM);
    expect(chromiumExecutable({ STOREFLEET_CHROMIUM: '/opt/chromium' })).toBe('/opt/chromium');
  });
});
