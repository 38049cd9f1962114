import type { ParseIssue } from '../../import-sink';

export type Delimiter = ',' | ';' | '\t';

/** Called once per row, header first; `line` is the 1-based line the row starts on. */
export type RowHandler = (fields: string[], line: number) => void;

export interface ParseDelimitedOptions {
  /** Sniffed from the header line when absent. */
  delimiter?: Delimiter;
  onRow: RowHandler;
  /** Problems the text itself has (an unclosed quote); rows are still delivered. */
  onIssue?: (issue: ParseIssue) => void;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Picks the delimiter that occurs most often in the first line outside quotes. A tie goes to
 * the comma, then the semicolon, because those are what spreadsheet exports default to.
 */
export function sniffDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  let best: Delimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * RFC 4180 text (quotes, doubled quotes, quoted line breaks, CRLF or LF) to rows. Hand-written
 * because it has to stay fast on million-row exports: a row without a quote character is cut
 * at each delimiter found with `indexOf`, and only rows that contain a quote go through the character loop.
 * Blank lines are not rows. A quote inside an unquoted field is kept as text, as Excel does.
 */
export function parseDelimited(text: string, options: ParseDelimitedOptions): { delimiter: Delimiter } {
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  for (const [fields, line] of delimitedRows(text, delimiter, options.onIssue)) options.onRow(fields, line);
  return { delimiter };
}

/** How often a long parse hands control back, so progress shows and a cancel gets through. */
const ROWS_PER_PAUSE = 16_384;

/**
 * The same parse for imports: every few thousand rows it awaits `pause(charactersRead,
 * totalCharacters)`, which reports progress, lets the event loop run, and may throw to cancel.
 */
export async function parseDelimitedWithPauses(
  text: string,
  options: ParseDelimitedOptions & { pause: (done: number, total: number) => Promise<void> },
): Promise<{ delimiter: Delimiter }> {
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  let count = 0;
  for (const [fields, line, end] of delimitedRows(text, delimiter, options.onIssue)) {
    options.onRow(fields, line);
    if (++count % ROWS_PER_PAUSE === 0) await options.pause(end, text.length);
  }
  await options.pause(text.length, text.length);
  return { delimiter };
}

/** Rows as [fields, the line the row starts on, the index just past the row]. */
function* delimitedRows(text: string, delimiter: Delimiter, onIssue: ParseDelimitedOptions['onIssue']): Generator<[string[], number, number]> {
  const delimiterCode = delimiter.charCodeAt(0);
  const length = text.length;
  let pos = 0;
  let line = 1;
  // Positions of the next quote and delimiter at or after `pos`; -1 when there is none left.
  // Kept across rows, so a file with few of either is still scanned once.
  let nextQuote = text.indexOf('"');
  let nextDelimiter = text.indexOf(delimiter);

  while (pos < length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = length;
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);

    if (nextQuote === -1 || nextQuote > lineEnd) {
      const contentEnd = lineEnd > pos && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
      const rowStart = pos;
      const rowLine = line;
      pos = lineEnd + 1;
      line++;
      if (contentEnd === rowStart) continue;
      // The same fields as `split`, without first copying the line.
      const fields: string[] = [];
      let fieldStart = rowStart;
      if (nextDelimiter !== -1 && nextDelimiter < fieldStart) nextDelimiter = text.indexOf(delimiter, fieldStart);
      while (nextDelimiter !== -1 && nextDelimiter < contentEnd) {
        fields.push(text.slice(fieldStart, nextDelimiter));
        fieldStart = nextDelimiter + 1;
        nextDelimiter = text.indexOf(delimiter, fieldStart);
      }
      fields.push(text.slice(fieldStart, contentEnd));
      yield [fields, rowLine, pos];
      continue;
    }

    const startLine = line;
    const row = parseQuotedRow(text, pos, delimiterCode);
    line += row.lineBreaks;
    if (row.unclosedQuote) {
      onIssue?.({ line: startLine, column: null, value: null, message: `A quoted field that starts on line ${startLine} is never closed; the rest of the file was read as that field.`, code: 'unclosed_quote', params: { line: startLine } });
    }
    pos = row.end + 1;
    line++;
    yield [row.fields, startLine, pos];
  }
}

interface QuotedRow {
  fields: string[];
  /** Index of the line feed that ends the row, or the text length. */
  end: number;
  /** Line breaks inside quoted fields. */
  lineBreaks: number;
  unclosedQuote: boolean;
}

function parseQuotedRow(text: string, start: number, delimiterCode: number): QuotedRow {
  const length = text.length;
  const fields: string[] = [];
  let lineBreaks = 0;
  let pos = start;
  for (;;) {
    let value = '';
    if (text.charCodeAt(pos) === QUOTE) {
      let chunkStart = pos + 1;
      for (;;) {
        const close = text.indexOf('"', chunkStart);
        if (close === -1) {
          value += text.slice(chunkStart);
          lineBreaks += countLineFeeds(text, chunkStart, length);
          fields.push(value);
          return { fields, end: length, lineBreaks, unclosedQuote: true };
        }
        value += text.slice(chunkStart, close);
        lineBreaks += countLineFeeds(text, chunkStart, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          chunkStart = close + 2;
          continue;
        }
        pos = close + 1;
        break;
      }
    }
    // Unquoted text, or stray text after a closing quote, runs to the next delimiter or line end.
    let end = pos;
    while (end < length) {
      const c = text.charCodeAt(end);
      if (c === delimiterCode || c === LF) break;
      end++;
    }
    let textEnd = end;
    if (textEnd > pos && text.charCodeAt(textEnd - 1) === CR && (end === length || text.charCodeAt(end) === LF)) textEnd--;
    value += text.slice(pos, textEnd);
    fields.push(value);
    if (end >= length || text.charCodeAt(end) === LF) return { fields, end, lineBreaks, unclosedQuote: false };
    pos = end + 1;
  }
}

function countLineFeeds(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
