import { describe, expect, it } from 'vitest';
import { buildPoaDocument, type PoaDocumentInput } from '../../../../src/main/core/poa/export/poa-document';
import { renderPoaHtml } from '../../../../src/main/core/poa/export/render-poa-html';
import { completePoaContent } from '../../../helpers/poa-content';

const poaCase: PoaDocumentInput['poaCase'] = {
  caseType: 'valid_tracking',
  language: 'ja-JP',
  storeName: 'Kitsune <JP> & Co',
  sellerId: 'A1KITSUNE',
  marketplace: 'JP',
  noticeDate: '2026-11-04',
  affectedItems: ['B0TESTASIN'],
};

function html(overrides: Partial<PoaDocumentInput> = {}): string {
  return renderPoaHtml(buildPoaDocument({ poaCase, content: completePoaContent(), attachmentNames: ['<img src=x>.pdf'], ...overrides }));
}

describe('the HTML printed to PDF', () => {
  it('declares the document language, and prefers Japanese glyphs for a Japanese document', () => {
    const page = html();
    expect(page).toMatch(/^<!doctype html>\n<html lang="ja-JP">/);
    expect(page).toContain('font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans"');
    const chinese = renderPoaHtml(buildPoaDocument({ poaCase: { ...poaCase, language: 'zh-CN' }, content: completePoaContent(), attachmentNames: [] }));
    expect(chinese).toContain('<html lang="zh-CN">');
    expect(chinese).toContain('font-family: "Noto Sans CJK SC"');
  });

  it('escapes everything users typed, so no text becomes markup', () => {
    const page = html({ content: completePoaContent({ additionalInformation: '<script>alert(1)</script> "quoted" & \'single\'' }) });
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;');
    expect(page).toContain('Kitsune &lt;JP&gt; &amp; Co');
    expect(page).toContain('&lt;img src=x&gt;.pdf');
    expect(page).not.toMatch(/<script|<img/);
  });

  it('loads nothing and runs nothing: a strict policy and inline styles only', () => {
    const page = html();
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(page).not.toMatch(/<[^>]*\b(?:src|href)=/);
  });
});
