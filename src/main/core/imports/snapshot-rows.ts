import type { ParsedRecord } from './import-sink';

/** The columns of `metric_snapshots` an import fills, in the order rows are bound. */
export const SNAPSHOT_COLUMNS = [
  'store_id', 'metric_key', 'window_from', 'window_to', 'value',
  'amount_minor', 'currency', 'numerator', 'denominator', 'platform_target', 'platform_target_condition', 'platform_status',
] as const;

/** Most rows fill only these leading columns; binding the others as NULL would cost a third of the write. */
export const VALUE_ONLY_COLUMNS = 5;

const INITIAL_CAPACITY = 1024;

/**
 * Validated snapshot rows of one import, held column by column until the file has been read:
 * numbers in typed arrays (NaN stands for NULL), strings interned once (id 0 is NULL). A million
 * rows take about 60 MB this way instead of the several hundred MB the records would.
 */
export class SnapshotRows {
  private strings: Array<string | null> = [null];
  private readonly stringIds = new Map<string, number>();
  private storeId = new Int32Array(INITIAL_CAPACITY);
  /** metric, window from, window to, currency, target condition, platform status: string ids. */
  private text = new Int32Array(INITIAL_CAPACITY * 6);
  /** value, amount, numerator, denominator, platform target. */
  private numbers = new Float64Array(INITIAL_CAPACITY * 5);
  /** 1 when the row fills more than the value-only columns. */
  private extra = new Uint8Array(INITIAL_CAPACITY);
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(storeId: number, record: ParsedRecord): void {
    if (this.count === this.storeId.length) this.grow();
    const i = this.count++;
    this.storeId[i] = storeId;
    const t = i * 6;
    this.text[t] = this.intern(record.metricKey);
    this.text[t + 1] = this.intern(record.windowFrom);
    this.text[t + 2] = this.intern(record.windowTo);
    this.text[t + 3] = this.intern(record.currency);
    this.text[t + 4] = this.intern(record.platformTargetCondition);
    this.text[t + 5] = this.intern(record.platformStatus);
    const n = i * 5;
    this.numbers[n] = record.value ?? NaN;
    this.numbers[n + 1] = record.amountMinor ?? NaN;
    this.numbers[n + 2] = record.numerator ?? NaN;
    this.numbers[n + 3] = record.denominator ?? NaN;
    this.numbers[n + 4] = record.platformTarget ?? NaN;
    const hasExtra = record.amountMinor !== null || record.currency !== null || record.numerator !== null || record.denominator !== null
      || record.platformTarget !== null || record.platformTargetCondition !== null || record.platformStatus !== null;
    this.extra[i] = hasExtra ? 1 : 0;
  }

  /** True when row `i` needs every column bound, not just the value-only ones. */
  hasExtra(i: number): boolean {
    return this.extra[i] === 1;
  }

  /** Writes row `i`'s values in `SNAPSHOT_COLUMNS` order into `target` from `offset` (`columns` of them). */
  bind(i: number, target: unknown[], offset: number, columns: number): void {
    const t = i * 6;
    const n = i * 5;
    target[offset] = this.storeId[i];
    target[offset + 1] = this.strings[this.text[t]!];
    target[offset + 2] = this.strings[this.text[t + 1]!];
    target[offset + 3] = this.strings[this.text[t + 2]!];
    target[offset + 4] = orNull(this.numbers[n]!);
    if (columns === VALUE_ONLY_COLUMNS) return;
    target[offset + 5] = orNull(this.numbers[n + 1]!);
    target[offset + 6] = this.strings[this.text[t + 3]!];
    target[offset + 7] = orNull(this.numbers[n + 2]!);
    target[offset + 8] = orNull(this.numbers[n + 3]!);
    target[offset + 9] = orNull(this.numbers[n + 4]!);
    target[offset + 10] = this.strings[this.text[t + 4]!];
    target[offset + 11] = this.strings[this.text[t + 5]!];
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
      const metric = this.text[i * 6]!;
      const composite = this.storeId[i]! * metricStride + metric;
      let id = seriesIds.get(composite);
      if (id === undefined) {
        id = seriesKeys.length;
        seriesIds.set(composite, id);
        seriesKeys.push({ storeId: this.storeId[i]!, metric: this.strings[metric]! });
      }
      series[i] = id;
    }
    const seriesOrder = seriesKeys.map((_, id) => id).sort((a, b) => {
      const x = seriesKeys[a]!;
      const y = seriesKeys[b]!;
      return x.storeId - y.storeId || compareText(x.metric, y.metric);
    });
    const start = new Int32Array(seriesKeys.length + 1);
    for (let i = 0; i < this.count; i++) start[series[i]! + 1]!++;
    const place = new Int32Array(seriesKeys.length);
    let at = 0;
    for (const id of seriesOrder) {
      place[id] = at;
      at += start[id + 1]!;
    }
    const order = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i++) order[place[series[i]!]!++] = i;
    const rank = this.textRanks();
    const compareWindows = (a: number, b: number) =>
      rank[this.text[a * 6 + 2]!]! - rank[this.text[b * 6 + 2]!]! || rank[this.text[a * 6 + 1]!]! - rank[this.text[b * 6 + 1]!]! || a - b;
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

  private grow(): void {
    const capacity = this.storeId.length * 2;
    this.storeId = resized(this.storeId, new Int32Array(capacity));
    this.text = resized(this.text, new Int32Array(capacity * 6));
    this.numbers = resized(this.numbers, new Float64Array(capacity * 5));
    this.extra = resized(this.extra, new Uint8Array(capacity));
  }
}

function resized<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
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
