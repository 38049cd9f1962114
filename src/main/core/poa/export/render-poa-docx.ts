import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { formatNotes, type PoaDocument } from './poa-document';

const NUMBERED = 'poa-entries';

/** Word's own fonts per language; Word substitutes what a machine lacks, the language tags keep CJK glyphs right. */
const FONTS: Record<PoaDocument['language'], { ascii: string; eastAsia: string }> = {
  'en-US': { ascii: 'Calibri', eastAsia: 'Yu Gothic' },
  'ja-JP': { ascii: 'Yu Gothic', eastAsia: 'Yu Gothic' },
  'zh-CN': { ascii: 'Microsoft YaHei', eastAsia: 'Microsoft YaHei' },
};

/** Lines of a text as runs with line breaks, so an entry typed over several lines keeps them. */
function lines(text: string, options: Omit<IRunOptions, 'text' | 'break'> = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ ...options, text: line, break: i === 0 ? 0 : 1 }));
}

function cell(text: string, options: { bold?: boolean; right?: boolean } = {}): TableCell {
  return new TableCell({
    children: [new Paragraph({ alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: lines(text, { bold: options.bold }) })],
  });
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], numericColumn?: number): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((header) => cell(header, { bold: true })) }),
      ...rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, { right: i === numericColumn })) })),
    ],
  });
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) =>
  new Paragraph({ heading: level, children: [new TextRun(text)] });

/**
 * The document as DOCX: headings, a numbered list per section (restarting at 1), the affected
 * ASINs and each evidence table as tables, attachments listed by name (never embedded).
 */
export async function renderPoaDocx(document: PoaDocument): Promise<Buffer> {
  const { words, language } = document;
  const children: (Paragraph | Table)[] = [heading(document.title, HeadingLevel.HEADING_1)];
  for (const meta of document.meta) {
    children.push(new Paragraph({ children: [new TextRun({ text: `${meta.label}${words.colon}`, bold: true }), new TextRun(meta.value)] }));
  }
  if (document.affectedItems.length > 0) {
    children.push(heading(words.affectedItems), table([words.affectedItem], document.affectedItems.map((item) => [item])));
  }
  document.sections.forEach((section, sectionIndex) => {
    children.push(heading(section.heading));
    for (const entry of section.entries) {
      children.push(new Paragraph({ numbering: { reference: NUMBERED, level: 0, instance: sectionIndex }, children: lines(entry.text) }));
      if (entry.notes.length > 0) {
        children.push(
          new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: formatNotes(entry.notes, words), size: 18, color: '444444' })] }),
        );
      }
    }
  });
  if (document.additionalInformation) {
    children.push(heading(words.additionalInformation), new Paragraph({ children: lines(document.additionalInformation) }));
  }
  if (document.evidence.length > 0) {
    children.push(heading(words.evidence));
    for (const evidence of document.evidence) {
      children.push(
        heading(evidence.caption, HeadingLevel.HEADING_3),
        new Paragraph({ children: [new TextRun({ text: evidence.window, size: 18, color: '444444' })] }),
        table([words.figure, words.value], evidence.rows.map((row) => [row.label, row.value]), 1),
        new Paragraph({ children: [new TextRun({ text: evidence.source, size: 18, color: '444444' })] }),
      );
    }
  }
  if (document.attachments.length > 0) {
    children.push(heading(words.attachments), ...document.attachments.map((name) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(name)] })));
  }

  const font = FONTS[language];
  const docx = new Document({
    creator: 'Storefleet',
    title: document.title,
    styles: {
      default: {
        document: {
          run: { font: { ascii: font.ascii, hAnsi: font.ascii, eastAsia: font.eastAsia }, size: 21, language: { value: language, eastAsia: language } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 360, hanging: 360 } } } }],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(docx);
}
