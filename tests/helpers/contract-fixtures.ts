import type { Backend } from '../../src/main/api/open-backend';
import type { ContractInput } from '../../src/shared/api/agency-contract-schemas';

export interface Agency {
  clientId: number;
  /** Amazon JP (JPY, Asia/Tokyo). */
  jpStoreId: number;
  /** Amazon US (USD, America/Los_Angeles). */
  usStoreId: number;
  /** TikTok Shop US (USD). */
  tiktokStoreId: number;
}

/** A Japanese client with stores on Amazon JP, Amazon US and TikTok Shop US. */
export function seedAgency(backend: Backend, name = 'Kitsune Outdoor'): Agency {
  const clientId = backend.api.call('clients.create', { name, language: 'ja-JP', reportingCurrency: 'JPY' }).id;
  const store = (displayName: string, platform: 'amazon' | 'tiktok_shop', marketplace: 'JP' | 'US', sellerId: string) =>
    backend.api.call('stores.create', { clientId, displayName, platform, marketplace, sellerId, stage: 'mature', status: 'active' }).id;
  return {
    clientId,
    jpStoreId: store(`${name} Amazon JP`, 'amazon', 'JP', `A${clientId}JP`),
    usStoreId: store(`${name} Amazon US`, 'amazon', 'US', `A${clientId}US`),
    tiktokStoreId: store(`${name} TikTok US`, 'tiktok_shop', 'US', `7${clientId}00`),
  };
}

/** A full-management contract in Tokyo business hours (Mon–Fri 09:00–18:00) with every kind of SLA term. */
export function contractInput(agency: Agency, overrides: Partial<ContractInput> = {}): ContractInput {
  return {
    clientId: agency.clientId,
    name: 'Full management 2026',
    tier: 'full_management',
    startDate: '2026-06-01',
    endDate: '2027-05-31',
    currency: 'JPY',
    baseFeeMinor: 300_000,
    commissionBps: 300,
    timeZone: 'Asia/Tokyo',
    businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
    storeIds: [agency.jpStoreId, agency.usStoreId],
    slaTerms: [
      { kind: 'alert_acknowledge', hours: 4, clock: 'business' },
      { kind: 'poa_delivery', hours: 24, clock: 'calendar' },
      { kind: 'monthly_review', dayOfMonth: 5 },
      { kind: 'client_request', hours: 8, clock: 'business' },
    ],
    ...overrides,
  };
}

/** Writes daily money snapshots (amount in minor units) for one store under a fresh manual batch. */
export function seedMoney(backend: Backend, storeId: number, metricKey: string, currency: string, days: [date: string, amountMinor: number][]): number {
  const { sqlite } = backend.ctx.workspace;
  const batch = sqlite
    .prepare("INSERT INTO import_batches (source, source_name, actor, created_at, row_count, store_ids) VALUES ('manual', 'test money', 'test', ?, ?, ?)")
    .run(backend.ctx.now().toISOString(), days.length, JSON.stringify([storeId]));
  const insert = sqlite.prepare(
    `INSERT INTO metric_snapshots (store_id, metric_key, amount_minor, currency, window_from, window_to, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [date, amountMinor] of days) insert.run(storeId, metricKey, amountMinor, currency, date, date, batch.lastInsertRowid);
  return Number(batch.lastInsertRowid);
}

/** Every day of a month (or its first `count` days), each with the same amount. */
export function everyDay(month: string, amountMinor: number, count?: number): [string, number][] {
  const [year, monthNumber] = month.split('-').map(Number);
  const days = count ?? new Date(Date.UTC(year!, monthNumber!, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => [`${month}-${String(i + 1).padStart(2, '0')}`, amountMinor]);
}
