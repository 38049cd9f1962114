import { AMAZON_MARKETPLACE_IDS } from '@shared/domain/amazon-marketplace-ids';
import { ConnectorError } from '../connector-error';

export type SpApiRegion = 'NA' | 'EU' | 'FE';

const REGION_OF_MARKETPLACE: Record<string, SpApiRegion> = {
  US: 'NA', CA: 'NA', MX: 'NA', BR: 'NA',
  GB: 'EU', DE: 'EU', FR: 'EU', IT: 'EU', ES: 'EU', NL: 'EU', SE: 'EU', PL: 'EU', TR: 'EU', AE: 'EU', SA: 'EU', IN: 'EU',
  JP: 'FE', SG: 'FE', AU: 'FE',
};

const SP_API_HOSTS: Record<SpApiRegion, string> = {
  NA: 'https://sellingpartnerapi-na.amazon.com',
  EU: 'https://sellingpartnerapi-eu.amazon.com',
  FE: 'https://sellingpartnerapi-fe.amazon.com',
};

const LWA_BASE = 'https://api.amazon.com';

export interface AmazonEndpoints {
  region: SpApiRegion;
  marketplaceId: string;
  /** Base of the Reports API (regional). */
  api: string;
  /** Base of Login with Amazon (`/auth/o2/token`). */
  lwa: string;
}

/**
 * The SP-API region and marketplace id of a store's marketplace. An endpoint override (a proxy,
 * a test server) replaces both bases: their paths do not overlap.
 */
export function amazonEndpoints(marketplace: string, override: string | null): AmazonEndpoints {
  const region = REGION_OF_MARKETPLACE[marketplace];
  const marketplaceId = Object.keys(AMAZON_MARKETPLACE_IDS).find((id) => AMAZON_MARKETPLACE_IDS[id] === marketplace);
  if (!region || !marketplaceId) {
    throw new ConnectorError('not_configured', `Amazon marketplace ${marketplace} has no known SP-API region; sync is not available for this store.`);
  }
  const base = override?.replace(/\/+$/, '');
  return { region, marketplaceId, api: base ?? SP_API_HOSTS[region], lwa: base ?? LWA_BASE };
}
