import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

const XML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

/** The text of a DOCX as Word would show it: one line per paragraph or table cell, tabs and breaks as spaces. */
export async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
        .map((match) => (match[1] === undefined ? '\n' : match[1].replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => XML_ENTITIES[entity]!)))
        .join(''),
    )
    .filter((line) => line !== '')
    .join('\n');
}

/** The raw document.xml of a DOCX, for checks on structure (numbering, tables, language tags). */
export async function docxXml(bytes: Buffer, part = 'word/document.xml'): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(part)!.async('string');
}

/** The text of a PDF as poppler's pdftotext extracts it. */
export function pdfText(bytes: Buffer | Uint8Array): string {
  const file = join(tmpdir(), `storefleet-pdf-${process.pid}-${Date.now()}.pdf`);
  writeFileSync(file, bytes);
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(file, { force: true });
  }
}

/** Text without any whitespace: PDF line wrapping may split a sentence anywhere. */
export function withoutSpace(text: string): string {
  return text.replace(/\s+/g, '');
}
