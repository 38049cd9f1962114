import { CREDENTIAL_NAMES, type ConnectionProvider } from '@shared/api/credential-schemas';
import type { Platform } from '@shared/domain/stores';

/** The connector a store's platform syncs through; other platforms import files only. */
export function providerOfPlatform(platform: Platform): ConnectionProvider | null {
  if (platform === 'amazon') return 'amazon';
  if (platform === 'tiktok_shop') return 'tiktok';
  return null;
}

export function credentialNamesOf(provider: ConnectionProvider): readonly (typeof CREDENTIAL_NAMES)[ConnectionProvider][number][] {
  return CREDENTIAL_NAMES[provider];
}
