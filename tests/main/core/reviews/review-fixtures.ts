import type { Backend } from '../../../../src/main/api/open-backend';
import { contractInput, seedAgency, type Agency } from '../../../helpers/contract-fixtures';
import { dailySeries, seedSnapshots } from '../../../helpers/seed-snapshots';

export const MONTH = '2026-10';

/** October's ODR at the JP store climbs into breach; September's last value is lower. */
export const JP_ODR_SEPTEMBER = [0.004, 0.005];
export const JP_ODR_OCTOBER = Array.from({ length: 31 }, (_, i) => Number((0.006 + i * 0.0002).toFixed(4)));
export const US_CONVERSION_OCTOBER = Array.from({ length: 31 }, (_, i) => Number((0.1 + (i % 5) * 0.004).toFixed(4)));

export interface ReviewAgency extends Agency {
  contractId: number;
}

/**
 * A Japanese client (Amazon JP and US with October data, a TikTok store with none) under a
 * contract with an ODR target and a monthly review term.
 */
export function seedReviewAgency(backend: Backend, name = 'Kitsune Outdoor'): ReviewAgency {
  const agency = seedAgency(backend, name);
  seedSnapshots(backend, agency.jpStoreId, [
    ...dailySeries('amazon.odr_mfn', '2026-09-30', JP_ODR_SEPTEMBER),
    ...dailySeries('amazon.odr_mfn', '2026-10-31', JP_ODR_OCTOBER),
  ]);
  seedSnapshots(backend, agency.usStoreId, dailySeries('amazon.unit_session_percentage', '2026-10-31', US_CONVERSION_OCTOBER));
  const contractId = backend.api.call('contracts.create', contractInput(agency)).id;
  backend.api.call('contracts.targets.set', {
    contractId,
    metricKey: 'amazon.odr_mfn',
    storeId: agency.jpStoreId,
    targetValue: 0.005,
    targetDate: '2026-12-31',
    baselineValue: 0.009,
  });
  return { ...agency, contractId };
}

/** An English and a Chinese client, one store each with October data. */
export function seedOtherClients(backend: Backend): { enClientId: number; zhClientId: number } {
  const client = (name: string, language: 'en-US' | 'zh-CN', sellerId: string) => {
    const clientId = backend.api.call('clients.create', { name, language, reportingCurrency: 'USD' }).id;
    const storeId = backend.api.call('stores.create', { clientId, displayName: `${name} US`, platform: 'amazon', marketplace: 'US', sellerId, stage: 'mature', status: 'active' }).id;
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-10-31', [0.002, 0.003, 0.0025]));
    return clientId;
  };
  return { enClientId: client('Northpeak Home', 'en-US', 'ANP1'), zhClientId: client('深圳优品贸易', 'zh-CN', 'AZH1') };
}
