import { formatNotes, type PoaDocument } from './poa-document';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * Fonts by document language, with fallbacks for every platform: the PDF engine picks the first
 * one installed, and a Japanese document must not fall back to Chinese glyph shapes first.
 */
export const FONT_FAMILIES: Record<PoaDocument['language'], string> = {
  'en-US': '"Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK JP", "Noto Sans CJK SC", sans-serif',
  'ja-JP': '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", Meiryo, "Noto Sans CJK SC", sans-serif',
  'zh-CN': '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK JP", sans-serif',
};

const STYLE = `
@page { size: A4; margin: 18mm 16mm; }
body { font-size: 10.5pt; line-height: 1.5; color: #111; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 8pt; }
h2 { font-size: 12.5pt; margin: 16pt 0 6pt; border-bottom: 1px solid #999; padding-bottom: 2pt; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 0; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
ol { margin: 0; padding-left: 20pt; }
li { margin: 0 0 6pt; }
.text { white-space: pre-wrap; }
.notes { color: #444; font-size: 9.5pt; }
table { border-collapse: collapse; margin: 4pt 0; }
th, td { border: 1px solid #999; padding: 3pt 8pt; text-align: left; vertical-align: top; }
td.number { text-align: right; }
.source { color: #444; font-size: 9pt; margin: 2pt 0 8pt; }
h2, h3 { break-after: avoid; }
li, tr { break-inside: avoid; }
`;

function table(headers: readonly string[], rows: readonly (readonly string[])[], numericColumn?: number): string {
  const head = `<tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${i === numericColumn ? ' class="number"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/**
 * The document as one self-contained HTML page for printing to PDF: every text escaped, the
 * document's language declared, styles inline, no scripts and nothing loaded from anywhere.
 */
export function renderPoaHtml(document: PoaDocument): string {
  const { words } = document;
  const parts: string[] = [`<h1>${escapeHtml(document.title)}</h1>`];
  parts.push(`<dl class="meta">${document.meta.map((m) => `<dt>${escapeHtml(m.label)}</dt><dd>${escapeHtml(m.value)}</dd>`).join('')}</dl>`);
  if (document.affectedItems.length > 0) {
    parts.push(`<h2>${escapeHtml(words.affectedItems)}</h2>`, table([words.affectedItem], document.affectedItems.map((item) => [item])));
  }
  for (const section of document.sections) {
    const items = section.entries
      .map((entry) => {
        const notes = entry.notes.length > 0 ? `<div class="notes">${escapeHtml(formatNotes(entry.notes, words))}</div>` : '';
        return `<li><div class="text">${escapeHtml(entry.text)}</div>${notes}</li>`;
      })
      .join('');
    parts.push(`<h2>${escapeHtml(section.heading)}</h2><ol>${items}</ol>`);
  }
  if (document.additionalInformation) {
    parts.push(`<h2>${escapeHtml(words.additionalInformation)}</h2><div class="text">${escapeHtml(document.additionalInformation)}</div>`);
  }
  if (document.evidence.length > 0) {
    parts.push(`<h2>${escapeHtml(words.evidence)}</h2>`);
    for (const evidence of document.evidence) {
      parts.push(
        `<h3>${escapeHtml(evidence.caption)}</h3><div class="notes">${escapeHtml(evidence.window)}</div>`,
        table([words.figure, words.value], evidence.rows.map((row) => [row.label, row.value]), 1),
        `<div class="source">${escapeHtml(evidence.source)}</div>`,
      );
    }
  }
  if (document.attachments.length > 0) {
    parts.push(`<h2>${escapeHtml(words.attachments)}</h2><ul>${document.attachments.map((name) => `<li>${escapeHtml(name)}</li>`).join('')}</ul>`);
  }
  return [
    '<!doctype html>',
    `<html lang="${document.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>body { font-family: ${FONT_FAMILIES[document.language]}; }${STYLE}</style>`,
    '</head>',
    `<body>${parts.join('\n')}</body>`,
    '</html>',
  ].join('\n');
}
