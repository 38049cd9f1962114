import type { Database, Statement } from 'better-sqlite3';
import { SNAPSHOT_COLUMNS, VALUE_ONLY_COLUMNS, type SnapshotRows } from './snapshot-rows';

/** Rows bound per statement: one call into SQLite for many rows saves most of the per-call cost. */
const ROWS_PER_STATEMENT = 50;
/** Rows between two progress reports (each may cancel the import); a multiple of ROWS_PER_STATEMENT. */
const ROWS_PER_PAUSE = 64_000;

// A column the statement leaves out is NULL in `excluded`, so one update clause serves both shapes.
const UPDATES = SNAPSHOT_COLUMNS.slice(VALUE_ONLY_COLUMNS - 1)
  .map((column) => `${column} = excluded.${column}`)
  .join(', ');

function upsertStatement(sqlite: Database, rows: number, columns: number): Statement {
  const tuple = `(${Array<string>(columns).fill('?').join(', ')}, ?)`;
  return sqlite.prepare(`INSERT INTO metric_snapshots (${SNAPSHOT_COLUMNS.slice(0, columns).join(', ')}, import_batch_id)
    VALUES ${Array<string>(rows).fill(tuple).join(', ')}
    ON CONFLICT (store_id, metric_key, window_to, window_from, import_batch_id) DO UPDATE SET ${UPDATES}`);
}

/**
 * Writes an import's rows into `metric_snapshots` as `batchId`, inside the caller's transaction.
 * Rows go in key order, many per statement: each B-tree insert then lands beside the previous
 * one, which makes a million-row file about twice as fast to write as inserting in file order.
 * Rows of one statement that fill only the value-only columns bind only those.
 * `pause(done, total)` is awaited every few ten thousand rows and may throw to cancel.
 */
export async function writeSnapshotRows(
  sqlite: Database,
  rows: SnapshotRows,
  batchId: number,
  pause: (done: number, total: number) => Promise<void>,
): Promise<void> {
  const total = rows.length;
  const order = rows.keyOrder();
  const statements = new Map<string, Statement>();
  const statementFor = (count: number, columns: number) => {
    const key = `${count}/${columns}`;
    let statement = statements.get(key);
    if (!statement) statements.set(key, (statement = upsertStatement(sqlite, count, columns)));
    return statement;
  };
  const params: unknown[] = [];

  for (let from = 0; from < total; from += ROWS_PER_STATEMENT) {
    const to = Math.min(total, from + ROWS_PER_STATEMENT);
    let columns = VALUE_ONLY_COLUMNS;
    for (let k = from; k < to; k++) if (rows.hasExtra(order[k]!)) columns = SNAPSHOT_COLUMNS.length;
    params.length = (to - from) * (columns + 1);
    for (let k = from; k < to; k++) {
      const offset = (k - from) * (columns + 1);
      rows.bind(order[k]!, params, offset, columns);
      params[offset + columns] = batchId;
    }
    statementFor(to - from, columns).run(params);
    if (to % ROWS_PER_PAUSE === 0 || to === total) await pause(to, total);
  }
}
