import type { CliIo } from './cli-io';

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

/** Prints rows as aligned plain-text columns, or the raw objects as JSON with --json. */
export function printRows<T>(io: CliIo, rows: T[], columns: Column<T>[], json: boolean): void {
  if (json) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  if (rows.length === 0) {
    io.stdout('(none)\n');
    return;
  }
  const cells = rows.map((row) => columns.map((c) => String(c.value(row) ?? '')));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i] ?? ''))));
  const line = (values: string[]) =>
    values.map((v, i) => v + ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(v)))).join('  ').trimEnd();
  io.stdout(`${[line(columns.map((c) => c.header)), ...cells.map(line)].join('\n')}\n`);
}

export function printObject(io: CliIo, value: object, json: boolean, summary: string): void {
  io.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : `${summary}\n`);
}

/** CJK characters take two terminal columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}
