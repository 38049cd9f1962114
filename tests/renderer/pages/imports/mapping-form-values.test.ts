import { describe, expect, it } from 'vitest';
import { BUILT_IN_MAPPINGS, columnMappingSchema } from '@shared/api/column-mapping-schemas';
import {
  guessMappingForm,
  mappingFormFrom,
  mappingFromForm,
  metricForHeader,
  type MappingFormValues,
} from '../../../../src/renderer/src/pages/imports/mapping/mapping-form-values';
import { mappingChoiceFrom, mappingChoiceValue } from '../../../../src/renderer/src/pages/imports/import-options';

const ERP_HEADER = ['店铺', '日期', '订单缺陷率（自配送）', '迟发率', '备注'];

describe('a first guess for a file no built-in mapping fits', () => {
  it('reads a Chinese ERP export as wide: store and date by name, metrics by their catalog labels', () => {
    const form = guessMappingForm(ERP_HEADER);
    expect(form.kind).toBe('wide');
    expect(form.columns).toMatchObject({ store: '店铺', date: '日期' });
    expect(form.metricColumns).toEqual({ '订单缺陷率（自配送）': 'amazon.odr_mfn', 迟发率: 'amazon.late_shipment_rate' });
  });

  it('reads a file with metric and value columns as long, with a from/to window', () => {
    const form = guessMappingForm(['Shop', 'Start date', 'End date', 'KPI', 'Value']);
    expect(form).toMatchObject({ kind: 'long', windowMode: 'range' });
    expect(form.columns).toMatchObject({ store: 'Shop', from: 'Start date', to: 'End date', metric: 'KPI', value: 'Value' });
  });

  it('knows metrics by key and by label in any language, ignoring case and full-width forms', () => {
    expect(metricForHeader('AMAZON.ODR_MFN')).toBe('amazon.odr_mfn');
    expect(metricForHeader('Late shipment rate')).toBe('amazon.late_shipment_rate');
    expect(metricForHeader('出荷遅延率')).toBe('amazon.late_shipment_rate');
    expect(metricForHeader('remarks')).toBeNull();
  });
});

describe('a saved mapping laid over a file', () => {
  it('finds its columns whatever their case, and leaves out those the file lacks', () => {
    const form = mappingFormFrom(BUILT_IN_MAPPINGS['storefleet-long'], ['Store', 'Metric', 'Date', 'Value']);
    expect(form.columns).toMatchObject({ store: 'Store', metric: 'Metric', date: 'Date', value: 'Value', numerator: null, from: null });
    expect(form.windowMode).toBe('date');
  });

  it('turns "catalog_keys" into one metric per column named by a key', () => {
    const form = mappingFormFrom(BUILT_IN_MAPPINGS['storefleet-wide'], ['store', 'date', 'amazon.odr_mfn', 'notes']);
    expect(form.metricColumns).toEqual({ 'amazon.odr_mfn': 'amazon.odr_mfn' });
  });
});

describe('the form as a mapping the backend accepts', () => {
  it('builds a wide mapping from the guessed ERP form, valid for the contract', () => {
    const built = mappingFromForm(guessMappingForm(ERP_HEADER), ERP_HEADER);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.mapping).toEqual({
      kind: 'wide',
      columns: { store: '店铺', date: '日期' },
      metrics: { '订单缺陷率（自配送）': 'amazon.odr_mfn', 迟发率: 'amazon.late_shipment_rate' },
      options: { dateOrder: 'mdy', decimal: 'auto' },
    });
    expect(columnMappingSchema.safeParse(built.mapping).success).toBe(true);
  });

  it('builds a long mapping with only the optional columns that are chosen', () => {
    const header = ['shop', 'from', 'to', 'metric', 'value', 'numerator'];
    const built = mappingFromForm(guessMappingForm(header), header);
    expect(built.ok && built.mapping).toEqual({
      kind: 'long',
      columns: { store: 'shop', metric: 'metric', value: 'value', numerator: 'numerator', from: 'from', to: 'to' },
      options: { dateOrder: 'mdy', decimal: 'auto' },
    });
  });

  it('drops the date column when the window is a from/to pair, and the pair when it is a date', () => {
    const header = ['store', 'date', 'from', 'to', 'metric', 'value'];
    const form: MappingFormValues = { ...guessMappingForm(header), windowMode: 'date' };
    const built = mappingFromForm(form, header);
    expect(built.ok && built.mapping.columns).toEqual({ store: 'store', metric: 'metric', value: 'value', date: 'date' });
  });

  it('asks for every required column that is missing', () => {
    const header = ['a', 'b'];
    const built = mappingFromForm(guessMappingForm(header), header);
    expect(built).toEqual({ ok: false, errors: { store: 'required', date: 'required', metric: 'required', value: 'required' } });
  });

  it('refuses one column in two roles', () => {
    const header = ['store', 'date', 'metric', 'value'];
    const form = guessMappingForm(header);
    const built = mappingFromForm({ ...form, columns: { ...form.columns, value: 'metric' } }, header);
    expect(built).toEqual({ ok: false, errors: { value: 'column_used_twice' } });
  });

  it('refuses a wide mapping without any metric column, and ignores metrics on the store column', () => {
    const header = ['store', 'date', 'notes'];
    const form: MappingFormValues = { ...guessMappingForm(header), kind: 'wide', metricColumns: { store: 'amazon.odr_mfn' } };
    expect(mappingFromForm(form, header)).toEqual({ ok: false, errors: { metricColumns: 'metric_columns_required' } });
  });
});

describe('the mapping select', () => {
  it('round-trips automatic, preset and custom choices through its string values', () => {
    const inline = { kind: 'inline' as const, mapping: BUILT_IN_MAPPINGS['storefleet-wide'] };
    expect(mappingChoiceFrom(mappingChoiceValue({ kind: 'auto' }), null)).toEqual({ kind: 'auto' });
    expect(mappingChoiceFrom(mappingChoiceValue({ kind: 'preset', name: 'ERP: daily' }), null)).toEqual({ kind: 'preset', name: 'ERP: daily' });
    expect(mappingChoiceFrom(mappingChoiceValue(inline), inline)).toBe(inline);
  });
});
