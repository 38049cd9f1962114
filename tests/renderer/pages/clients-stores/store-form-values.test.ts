import { describe, expect, it } from 'vitest';
import {
  emptyStoreForm,
  parseStoreForm,
  withMarketplace,
} from '../../../../src/renderer/src/pages/clients-stores/stores/store-form-values';

describe('store form: marketplace defaults', () => {
  it('moves currency and time zone to Tokyo and JPY when an untouched US form switches to JP', () => {
    const next = withMarketplace(emptyStoreForm(1), 'JP');
    expect(next).toMatchObject({ marketplace: 'JP', currency: 'JPY', timeZone: 'Asia/Tokyo' });
  });

  it('keeps a currency and time zone the user chose instead of the defaults', () => {
    const chosen = { ...emptyStoreForm(1), currency: 'CNY' as const, timeZone: 'Asia/Shanghai' };
    expect(withMarketplace(chosen, 'JP')).toMatchObject({ currency: 'CNY', timeZone: 'Asia/Shanghai' });
  });
});

describe('store form: validation with the contract schema', () => {
  it('reports a missing client and a blank seller id as "required" on their fields', () => {
    const result = parseStoreForm({ ...emptyStoreForm(null), displayName: 'Lumora JP' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ field, code }) => ({ field, code }))).toEqual(
      expect.arrayContaining([
        { field: 'clientId', code: 'required' },
        { field: 'sellerId', code: 'required' },
      ]),
    );
  });

  it('rejects a seller id with spaces as invalid_format', () => {
    const result = parseStoreForm({ ...emptyStoreForm(1), displayName: 'Lumora JP', sellerId: 'A1 LUMORA' });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.field, issue.code])).toEqual([['sellerId', 'invalid_format']]);
  });

  it('passes a complete form and lets a blank time zone fall back to the marketplace', () => {
    const result = parseStoreForm({ ...emptyStoreForm(1), displayName: 'Lumora US', sellerId: 'A1LUMORA', timeZone: ' ' });
    expect(result).toMatchObject({ ok: true, input: { clientId: 1, sellerId: 'A1LUMORA', timeZone: undefined } });
  });
});
