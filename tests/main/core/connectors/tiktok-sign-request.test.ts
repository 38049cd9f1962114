import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signTikTokRequest } from '../../../../src/main/core/connectors/tiktok/sign-request';
import { tokenExpiry } from '../../../../src/main/core/connectors/tiktok/tiktok-token';

describe('TikTok Shop request signing', () => {
  it('signs secret + path + sorted key/value pairs + body + secret with HMAC-SHA256 keyed by the secret', () => {
    const plain = 'sec/product/202309/productsapp_key6abcshop_cipherCIPHERtimestamp1700000000{"a":1}sec';
    const expected = createHmac('sha256', 'sec').update(plain).digest('hex');
    expect(signTikTokRequest('/product/202309/products', { timestamp: '1700000000', shop_cipher: 'CIPHER', app_key: '6abc' }, '{"a":1}', 'sec')).toBe(expected);
  });

  it('leaves sign and access_token out because TikTok excludes them', () => {
    const base = signTikTokRequest('/p', { app_key: 'k', timestamp: '1' }, null, 's');
    expect(signTikTokRequest('/p', { app_key: 'k', timestamp: '1', sign: 'old', access_token: 'tok' }, null, 's')).toBe(base);
  });
});

describe('TikTok token expiry', () => {
  const now = new Date('2026-11-20T09:30:00Z');
  it('reads a small number as seconds from now', () => {
    expect(tokenExpiry(604800, now).toISOString()).toBe('2026-11-27T09:30:00.000Z');
  });
  it('reads a unix time as that time because the field is documented both ways', () => {
    expect(tokenExpiry(Math.floor(now.getTime() / 1000) + 604800, now).toISOString()).toBe('2026-11-27T09:30:00.000Z');
  });
});
