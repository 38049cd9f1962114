import type { ParsedRecord } from './import-sink';

/** The columns of `metric_snapshots` an import fills, in the order rows are bound. */
export const SNAPSHOT_COLUMNS = [
  'store_id', 'metric_key', 'window_from', 'window_to', 'value',
  'amount_minor', 'currency', 'numerator', 'denominator', 'platform_target', 'platform_target_condition', 'platform_status',
] as const;

/** Most rows fill only these leading columns; binding the others as NULL would cost a third of the write. */
export const VALUE_ONLY_COLUMNS = 5;

const INITIAL_CAPACITY = 1024;
/** Per row: store, metric, window from, window to. */
const KEY_FIELDS = 4;
/** Per row with more than a value: currency, target condition, platform status (string ids). */
const EXTRA_TEXT_FIELDS = 3;
/** Per row with more than a value: amount, numerator, denominator, platform target. */
const EXTRA_NUMBER_FIELDS = 4;

/**
 * Validated snapshot rows of one import, held column by column until the file has been read:
 * numbers in typed arrays (NaN stands for NULL), strings interned once (id 0 is NULL), and the
 * columns beyond the value only for the rows that fill them. A million plain rows take about
 * 30 MB this way instead of the several hundred MB the records would.
 */
export class SnapshotRows {
  private strings: Array<string | null> = [null];
  private readonly stringIds = new Map<string, number>();
  private keys = new Int32Array(INITIAL_CAPACITY * KEY_FIELDS);
  private values = new Float64Array(INITIAL_CAPACITY);
  /** Index into the extra columns, or -1 for a row that fills only the value-only ones. */
  private extraOf = new Int32Array(INITIAL_CAPACITY);
  private extraText = new Int32Array(INITIAL_CAPACITY * EXTRA_TEXT_FIELDS);
  private extraNumbers = new Float64Array(INITIAL_CAPACITY * EXTRA_NUMBER_FIELDS);
  private count = 0;
  private extraCount = 0;

  get length(): number {
    return this.count;
  }

  push(storeId: number, record: ParsedRecord): void {
    if (this.count === this.values.length) this.growRows();
    const i = this.count++;
    const k = i * KEY_FIELDS;
    this.keys[k] = storeId;
    this.keys[k + 1] = this.intern(record.metricKey);
    this.keys[k + 2] = this.intern(record.windowFrom);
    this.keys[k + 3] = this.intern(record.windowTo);
    this.values[i] = record.value ?? NaN;
    const hasExtra = record.amountMinor !== null || record.currency !== null || record.numerator !== null || record.denominator !== null
      || record.platformTarget !== null || record.platformTargetCondition !== null || record.platformStatus !== null;
    if (!hasExtra) {
      this.extraOf[i] = -1;
      return;
    }
    if (this.extraCount * EXTRA_TEXT_FIELDS === this.extraText.length) this.growExtras();
    const e = this.extraCount++;
    this.extraOf[i] = e;
    this.extraText[e * EXTRA_TEXT_FIELDS] = this.intern(record.currency);
    this.extraText[e * EXTRA_TEXT_FIELDS + 1] = this.intern(record.platformTargetCondition);
    this.extraText[e * EXTRA_TEXT_FIELDS + 2] = this.intern(record.platformStatus);
    this.extraNumbers[e * EXTRA_NUMBER_FIELDS] = record.amountMinor ?? NaN;
    this.extraNumbers[e * EXTRA_NUMBER_FIELDS + 1] = record.numerator ?? NaN;
    this.extraNumbers[e * EXTRA_NUMBER_FIELDS + 2] = record.denominator ?? NaN;
    this.extraNumbers[e * EXTRA_NUMBER_FIELDS + 3] = record.platformTarget ?? NaN;
  }

  /** True when row `i` needs every column bound, not just the value-only ones. */
  hasExtra(i: number): boolean {
    return this.extraOf[i] !== -1;
  }

  /** Writes row `i`'s values in `SNAPSHOT_COLUMNS` order into `target` from `offset` (`columns` of them). */
  bind(i: number, target: unknown[], offset: number, columns: number): void {
    const k = i * KEY_FIELDS;
    target[offset] = this.keys[k];
    target[offset + 1] = this.strings[this.keys[k + 1]!];
    target[offset + 2] = this.strings[this.keys[k + 2]!];
    target[offset + 3] = this.strings[this.keys[k + 3]!];
    target[offset + 4] = orNull(this.values[i]!);
    if (columns === VALUE_ONLY_COLUMNS) return;
    const e = this.extraOf[i]!;
    const text = (field: number) => (e === -1 ? null : this.strings[this.extraText[e * EXTRA_TEXT_FIELDS + field]!]);
    const number = (field: number) => (e === -1 ? null : orNull(this.extraNumbers[e * EXTRA_NUMBER_FIELDS + field]!));
    target[offset + 5] = number(0);
    target[offset + 6] = text(0);
    target[offset + 7] = number(1);
    target[offset + 8] = number(2);
    target[offset + 9] = number(3);
    target[offset + 10] = text(1);
    target[offset + 11] = text(2);
  }

  /**
   * Row positions ordered by the table's key (store, metric, window end, window start), keeping
   * file order among equal keys so the later of two rows for one key still wins. Rows of one
   * series are gathered with a counting sort; within a series, files are almost always already
   * in date order, so sorting there is usually a check.
   */
  keyOrder(): Uint32Array {
    const series = new Int32Array(this.count);
    const seriesIds = new Map<number, number>();
    const seriesKeys: Array<{ storeId: number; metric: string }> = [];
    const metricStride = this.strings.length;
    for (let i = 0; i < this.count; i++) {
      const storeId = this.keys[i * KEY_FIELDS]!;
      const metric = this.keys[i * KEY_FIELDS + 1]!;
      const composite = storeId * metricStride + metric;
      let id = seriesIds.get(composite);
      if (id === undefined) {
        id = seriesKeys.length;
        seriesIds.set(composite, id);
        seriesKeys.push({ storeId, metric: this.strings[metric]! });
      }
      series[i] = id;
    }
    const seriesOrder = seriesKeys.map((_, id) => id).sort((a, b) => {
      const x = seriesKeys[a]!;
      const y = seriesKeys[b]!;
      return x.storeId - y.storeId || compareText(x.metric, y.metric);
    });
    const sizes = new Int32Array(seriesKeys.length);
    for (let i = 0; i < this.count; i++) sizes[series[i]!]!++;
    // Where each series' rows begin in the result, then where its next row goes.
    const place = new Int32Array(seriesKeys.length);
    let at = 0;
    for (const id of seriesOrder) {
      place[id] = at;
      at += sizes[id]!;
    }
    const order = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i++) order[place[series[i]!]!++] = i;
    const rank = this.textRanks();
    const key = this.keys;
    const compareWindows = (a: number, b: number) =>
      rank[key[a * KEY_FIELDS + 3]!]! - rank[key[b * KEY_FIELDS + 3]!]! || rank[key[a * KEY_FIELDS + 2]!]! - rank[key[b * KEY_FIELDS + 2]!]! || a - b;
    for (let from = 0; from < this.count; ) {
      const id = series[order[from]!]!;
      let to = from + 1;
      while (to < this.count && series[order[to]!] === id) to++;
      const slice = order.subarray(from, to);
      if (!isOrdered(slice, compareWindows)) slice.sort(compareWindows);
      from = to;
    }
    return order;
  }

  /** Each interned string's place in sorted order, so windows compare as integers. */
  private textRanks(): Int32Array {
    const ids = this.strings.map((_, id) => id).slice(1);
    ids.sort((a, b) => compareText(this.strings[a]!, this.strings[b]!));
    const rank = new Int32Array(this.strings.length);
    ids.forEach((id, place) => (rank[id] = place + 1));
    return rank;
  }

  private intern(value: string | null): number {
    if (value === null) return 0;
    let id = this.stringIds.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.stringIds.set(value, id);
    }
    return id;
  }

  private growRows(): void {
    const capacity = this.values.length * 2;
    this.keys = resized(this.keys, new Int32Array(capacity * KEY_FIELDS));
    this.values = resized(this.values, new Float64Array(capacity));
    this.extraOf = resized(this.extraOf, new Int32Array(capacity));
  }

  private growExtras(): void {
    const capacity = (this.extraText.length / EXTRA_TEXT_FIELDS) * 2;
    this.extraText = resized(this.extraText, new Int32Array(capacity * EXTRA_TEXT_FIELDS));
    this.extraNumbers = resized(this.extraNumbers, new Float64Array(capacity * EXTRA_NUMBER_FIELDS));
  }
}

function resized<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isOrdered(slice: Uint32Array, compare: (a: number, b: number) => number): boolean {
  for (let i = 1; i < slice.length; i++) if (compare(slice[i - 1]!, slice[i]!) > 0) return false;
  return true;
}
