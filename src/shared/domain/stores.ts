export const PLATFORMS = ['amazon', 'tiktok_shop', 'shopify', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const STORE_STAGES = ['cold_start', 'growth', 'mature'] as const;
export type StoreStage = (typeof STORE_STAGES)[number];

export const STORE_STATUSES = ['active', 'at_risk', 'suspended', 'closed'] as const;
export type StoreStatus = (typeof STORE_STATUSES)[number];
