import { describe, expect, it } from 'vitest';
import { BUILT_IN_MAPPINGS, chooseBuiltInMapping, columnMappingSchema } from '../../../../../../src/main/core/imports/parsers/tabular/column-mapping';

describe('columnMappingSchema', () => {
  it('accepts both built-in mappings', () => {
    expect(columnMappingSchema.safeParse(BUILT_IN_MAPPINGS['storefleet-long']).success).toBe(true);
    expect(columnMappingSchema.safeParse(BUILT_IN_MAPPINGS['storefleet-wide']).success).toBe(true);
  });

  it('needs a date column or a from/to pair', () => {
    const result = columnMappingSchema.safeParse({ kind: 'long', columns: { store: 's', metric: 'm', value: 'v', from: 'f' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('a mapping needs a date column, or both a from and a to column');
  });

  it('refuses a wide mapping to a metric key the catalog does not have', () => {
    const result = columnMappingSchema.safeParse({ kind: 'wide', columns: { store: 's', date: 'd' }, metrics: { ODR: 'amazon.odr' } });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['metrics.ODR', 'not a metric key of the catalog']]);
  });
});

describe('chooseBuiltInMapping', () => {
  it('picks long for store/metric/date/value headers, in any case and order', () => {
    expect(chooseBuiltInMapping(['Value', ' Store ', 'DATE', 'metric'])).toBe('storefleet-long');
  });

  it('picks wide when store and date come with metric-key columns', () => {
    expect(chooseBuiltInMapping(['store', 'date', 'amazon.odr_mfn'])).toBe('storefleet-wide');
  });

  it('picks the format a header is meant for even when it lacks columns, so the mapping can name them', () => {
    expect(chooseBuiltInMapping(['store', 'metric', 'value'])).toBe('storefleet-long');
    expect(chooseBuiltInMapping(['date', 'amazon.odr_mfn'])).toBe('storefleet-wide');
  });

  it('picks nothing for a header it does not recognise', () => {
    expect(chooseBuiltInMapping(['店铺', '日期', '订单缺陷率'])).toBeNull();
  });
});
