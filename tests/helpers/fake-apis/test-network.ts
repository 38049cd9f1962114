import type { NetworkDeps } from '../../../src/main/core/connectors/http-request';
import type { SecretStore } from '../../../src/main/core/credentials/secret-store';

/** Real HTTP, but waits are recorded instead of slept, and jitter is fixed. */
export function testNetwork(): { net: NetworkDeps; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    net: {
      fetch: (url, init) => fetch(url, init),
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      random: () => 0.5,
    },
  };
}

/**
 * A keychain in memory, for tests about connectors and sync; the keychain itself is tested
 * against a real Secret Service (tests/main/core/credentials/keychain.test.ts).
 */
export function memorySecretStore(): SecretStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    get: (account) => Promise.resolve(values.get(account) ?? null),
    set: (account, secret) => {
      values.set(account, secret);
      return Promise.resolve();
    },
    remove: (account) => Promise.resolve(values.delete(account)),
  };
}
