/** TikTok Shop's own hosts; an endpoint override replaces both (their paths do not overlap). */
const API_BASE = 'https://open-api.tiktokglobalshop.com';
const AUTH_BASE = 'https://auth.tiktok-shops.com';

export function tiktokEndpoints(override: string | null): { api: string; auth: string } {
  const base = override?.replace(/\/+$/, '');
  return { api: base ?? API_BASE, auth: base ?? AUTH_BASE };
}
