import { formatNotes, type PoaDocument } from './poa-document';

/**
 * Plain text ready to paste into the platform's appeal form: headings on their own lines,
 * numbered entries with their notes indented under them, no markup.
 */
export function renderPoaText(document: PoaDocument): string {
  const { words } = document;
  const blocks: string[] = [[document.title, ...document.meta.map((m) => `${m.label}${words.colon}${m.value}`)].join('\n')];
  if (document.affectedItems.length > 0) {
    blocks.push([words.affectedItems, ...document.affectedItems.map((item) => `- ${item}`)].join('\n'));
  }
  for (const section of document.sections) {
    const entries = section.entries.map((entry, i) => {
      const number = `${i + 1}. `;
      const indent = ' '.repeat(number.length);
      const lines = entry.text.split('\n').map((line, j) => (j === 0 ? number : indent) + line);
      if (entry.notes.length > 0) lines.push(indent + formatNotes(entry.notes, words));
      return lines.join('\n');
    });
    blocks.push([section.heading, ...entries].join('\n'));
  }
  if (document.additionalInformation) blocks.push(`${words.additionalInformation}\n${document.additionalInformation}`);
  if (document.evidence.length > 0) {
    const tables = document.evidence.map((table) =>
      [`${table.caption} (${table.window})`, ...table.rows.map((row) => `- ${row.label}${words.colon}${row.value}`), table.source].join('\n'),
    );
    blocks.push(`${words.evidence}\n${tables.join('\n\n')}`);
  }
  if (document.attachments.length > 0) blocks.push([words.attachments, ...document.attachments.map((name) => `- ${name}`)].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
