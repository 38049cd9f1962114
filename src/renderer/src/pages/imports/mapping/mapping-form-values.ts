import type { ColumnMapping, LongMapping, WideMapping } from '@shared/api/column-mapping-schemas';
import { METRIC_CATALOG, isMetricKey } from '@shared/metrics/metric-catalog';

export type MappingKind = ColumnMapping['kind'];
export type WindowMode = 'date' | 'range';
type MappingOptions = NonNullable<ColumnMapping['options']>;

/** Roles a header column can play; `metric`, `value`, numerator and denominator are long-only. */
export const COLUMN_ROLES = ['store', 'metric', 'value', 'numerator', 'denominator', 'currency', 'date', 'from', 'to'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export interface MappingFormValues {
  kind: MappingKind;
  /** One date column (daily values) or a from/to pair (a reporting window). */
  windowMode: WindowMode;
  columns: Record<ColumnRole, string | null>;
  /** Wide files: header → metric key; null leaves the column out. */
  metricColumns: Record<string, string | null>;
  dateOrder: NonNullable<MappingOptions['dateOrder']>;
  decimal: NonNullable<MappingOptions['decimal']>;
}

export type MappingFormField = ColumnRole | 'metricColumns';
export type MappingFormErrorCode = 'required' | 'column_used_twice' | 'metric_columns_required';
export type MappingFormErrors = Partial<Record<MappingFormField, MappingFormErrorCode>>;

/** Which roles the current layout asks for, in the order the form shows them. */
export function rolesFor(values: Pick<MappingFormValues, 'kind' | 'windowMode'>): ColumnRole[] {
  const window: ColumnRole[] = values.windowMode === 'date' ? ['date'] : ['from', 'to'];
  return values.kind === 'long'
    ? ['store', ...window, 'metric', 'value', 'numerator', 'denominator', 'currency']
    : ['store', ...window, 'currency'];
}

export const REQUIRED_ROLES: ReadonlySet<ColumnRole> = new Set(['store', 'metric', 'value', 'date', 'from', 'to']);

/** As the backend compares headers: trimmed and case-insensitive, since exports differ in both. */
function normalizeHeader(header: string): string {
  return header.trim().toLowerCase();
}

/** Also folds full-width forms, for headers typed with a Chinese or Japanese input method. */
function normalize(text: string): string {
  return normalizeHeader(text.normalize('NFKC'));
}

/** Header names (normalized) that usually play a role in exports from platforms and ERPs. */
const ROLE_SYNONYMS: Record<ColumnRole, readonly string[]> = {
  store: ['store', 'store name', 'shop', 'shop name', 'shop id', 'seller id', 'seller_id', 'sellerid', 'merchant token', '店铺', '店铺名称', '店铺名', '店舗', '店舗名', 'ストア', 'ショップ'],
  metric: ['metric', 'metric key', 'metric_key', 'kpi', '指标', '指標', 'メトリクス'],
  value: ['value', '值', '数值', '指标值', '値', '数値'],
  numerator: ['numerator', '分子'],
  denominator: ['denominator', '分母'],
  currency: ['currency', '币种', '货币', '通貨'],
  date: ['date', 'day', '日期', '日付'],
  from: ['from', 'start', 'start date', 'date from', '开始日期', '起始日期', '開始日'],
  to: ['to', 'end', 'end date', 'date to', '结束日期', '截止日期', '終了日'],
};

const LABEL_TO_KEY = new Map<string, string>(
  METRIC_CATALOG.flatMap((metric) => [[metric.key, metric.key] as const, ...Object.values(metric.labels).map((label) => [normalize(label), metric.key] as const)]),
);

/** The catalog metric a wide file's column header names, by key or by a label in any language. */
export function metricForHeader(header: string): string | null {
  const normalized = normalize(header);
  if (isMetricKey(normalized)) return normalized;
  return LABEL_TO_KEY.get(normalized) ?? null;
}

function emptyColumns(): Record<ColumnRole, string | null> {
  return { store: null, metric: null, value: null, numerator: null, denominator: null, currency: null, date: null, from: null, to: null };
}

/** The header cell a mapping's column name refers to (compared as the backend does), or null. */
function findHeader(header: readonly string[], name: string | undefined): string | null {
  if (name === undefined) return null;
  return header.find((cell) => normalizeHeader(cell) === normalizeHeader(name)) ?? null;
}

function windowModeFor(columns: Record<ColumnRole, string | null>): WindowMode {
  return columns.date === null && columns.from !== null && columns.to !== null ? 'range' : 'date';
}

/** A saved or built-in mapping laid over this file's header, ready to be adjusted. */
export function mappingFormFrom(mapping: ColumnMapping, header: readonly string[]): MappingFormValues {
  const columns = emptyColumns();
  const named: Partial<Record<ColumnRole, string>> = mapping.columns;
  for (const role of COLUMN_ROLES) columns[role] = findHeader(header, named[role]);
  const metricColumns: Record<string, string | null> = {};
  if (mapping.kind === 'wide') {
    for (const cell of header) {
      const key = mapping.metrics === 'catalog_keys' ? (isMetricKey(normalizeHeader(cell)) ? normalizeHeader(cell) : null) : (findHeaderKey(mapping.metrics, cell) ?? null);
      if (key) metricColumns[cell] = key;
    }
  }
  return {
    kind: mapping.kind,
    windowMode: windowModeFor(columns),
    columns,
    metricColumns,
    dateOrder: mapping.options?.dateOrder ?? 'mdy',
    decimal: mapping.options?.decimal ?? 'auto',
  };
}

function findHeaderKey(metrics: Record<string, string>, cell: string): string | undefined {
  const entry = Object.entries(metrics).find(([name]) => normalizeHeader(name) === normalizeHeader(cell));
  return entry?.[1];
}

/**
 * A first guess for a file no built-in mapping fits: columns named like a role take it, and
 * columns named like a metric (key or label in any language) become metric columns of a wide file.
 */
export function guessMappingForm(header: readonly string[]): MappingFormValues {
  const columns = emptyColumns();
  for (const role of COLUMN_ROLES) {
    columns[role] = header.find((cell) => ROLE_SYNONYMS[role].includes(normalize(cell))) ?? null;
  }
  const metricColumns: Record<string, string | null> = {};
  for (const cell of header) {
    const key = metricForHeader(cell);
    if (key) metricColumns[cell] = key;
  }
  const kind: MappingKind = columns.metric !== null && columns.value !== null ? 'long' : Object.keys(metricColumns).length > 0 ? 'wide' : 'long';
  return { kind, windowMode: windowModeFor(columns), columns, metricColumns, dateOrder: 'mdy', decimal: 'auto' };
}

/** Header cells free to be metric columns in a wide file: not already store, date or currency. */
export function metricColumnCandidates(values: MappingFormValues, header: readonly string[]): string[] {
  const used = new Set(rolesFor({ kind: 'wide', windowMode: values.windowMode }).map((role) => values.columns[role]));
  return header.filter((cell) => cell.trim() !== '' && !used.has(cell));
}

/** The mapping the form describes, or the fields that stop it from being one. */
export function mappingFromForm(
  values: MappingFormValues,
  header: readonly string[],
): { ok: true; mapping: ColumnMapping } | { ok: false; errors: MappingFormErrors } {
  const errors: MappingFormErrors = {};
  const roles = rolesFor(values);
  const seen = new Map<string, ColumnRole>();
  for (const role of roles) {
    const column = values.columns[role];
    if (column === null) {
      if (REQUIRED_ROLES.has(role)) errors[role] = 'required';
      continue;
    }
    if (seen.has(column)) errors[role] = 'column_used_twice';
    else seen.set(column, role);
  }
  const metrics: Record<string, string> = {};
  if (values.kind === 'wide') {
    for (const cell of metricColumnCandidates(values, header)) {
      const key = values.metricColumns[cell];
      if (key) metrics[cell] = key;
    }
    if (Object.keys(metrics).length === 0) errors.metricColumns = 'metric_columns_required';
  }
  const { store, metric, value } = values.columns;
  if (Object.keys(errors).length > 0 || store === null) return { ok: false, errors };

  const pick = (role: ColumnRole) => {
    const column = values.columns[role];
    return roles.includes(role) && column !== null ? { [role]: column } : {};
  };
  const windowColumns = { ...pick('date'), ...pick('from'), ...pick('to') };
  const options = { dateOrder: values.dateOrder, decimal: values.decimal };
  if (values.kind === 'wide') {
    const mapping: WideMapping = { kind: 'wide', columns: { store, ...pick('currency'), ...windowColumns }, metrics, options };
    return { ok: true, mapping };
  }
  if (metric === null || value === null) return { ok: false, errors };
  const mapping: LongMapping = {
    kind: 'long',
    columns: { store, metric, value, ...pick('numerator'), ...pick('denominator'), ...pick('currency'), ...windowColumns },
    options,
  };
  return { ok: true, mapping };
}
