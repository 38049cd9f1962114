import { readImportFile } from './parsers/detect-format';
import { decodeText } from './parsers/tabular/decode-text';
import { parseDelimited } from './parsers/tabular/parse-delimited';
import { readXlsx } from './parsers/tabular/read-xlsx';

const SAMPLE_ROWS = 20;

class EnoughRows extends Error {}

/** The header and the first rows of a tabular file, as text, for the preview; null for reports. */
export async function sampleRows(
  bytes: Uint8Array,
  fileName: string,
  encoding: string | undefined,
): Promise<{ header: string[] | null; rows: string[][] }> {
  const rows: string[][] = [];
  const collect = (fields: string[]) => {
    rows.push(fields);
    if (rows.length > SAMPLE_ROWS) throw new EnoughRows();
  };
  try {
    const file = readImportFile(bytes, fileName);
    if (file.format === 'delimited') parseDelimited(decodeText(file.bytes, encoding).text, { onRow: collect, onIssue: () => undefined });
    else if (file.format === 'xlsx') await readXlsx(file.bytes, { onRow: collect });
    else return { header: null, rows: [] };
  } catch (error) {
    // Stopping early is the point; a broken file is reported by the real parse, not here.
    if (!(error instanceof EnoughRows) && rows.length === 0) return { header: null, rows: [] };
  }
  const [header, ...data] = rows;
  return { header: header ?? null, rows: data.slice(0, SAMPLE_ROWS) };
}
