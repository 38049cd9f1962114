import { randomUUID } from 'node:crypto';

/**
 * Keychain tests talk to a real Secret Service: `npm test` starts one (scripts/with-keychain.sh).
 * Run alone without it they are skipped, except in CI, where a missing keychain must fail loudly.
 */
export const hasSecretService = process.platform !== 'linux' || Boolean(process.env.DBUS_SESSION_BUS_ADDRESS) || process.env.CI === 'true';

/** A keychain service name of its own per test file, so runs never see each other's secrets. */
export function testKeychainService(): string {
  return `Storefleet-test-${randomUUID()}`;
}
