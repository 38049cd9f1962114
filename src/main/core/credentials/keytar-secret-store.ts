import { AppError } from '@shared/api/app-error';
import { KEYCHAIN_SERVICE, type SecretStore } from './secret-store';

type Keytar = typeof import('keytar');

/** Said whenever the keychain cannot be reached: storing is refused, never done in plain text. */
export function keychainUnavailable(reason: string): AppError {
  return new AppError(
    'unavailable',
    `No OS keychain is available (${reason}). Storefleet keeps secrets only in the keychain, so nothing was stored or read. ` +
      'On Linux, install and unlock a Secret Service such as gnome-keyring; on Windows and macOS the system keychain is used.',
    { keychain: 'unavailable' },
  );
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

/**
 * keytar, loaded on first use: a host without the native module (or without a Secret Service)
 * still starts, and only the credential features say they are unavailable.
 */
export function keytarSecretStore(service = KEYCHAIN_SERVICE): SecretStore {
  let loaded: Keytar | null = null;
  async function keytar(): Promise<Keytar> {
    if (loaded) return loaded;
    try {
      loaded = (await import('keytar')).default;
      return loaded;
    } catch (error) {
      throw keychainUnavailable(`the keytar module does not load: ${firstLine(error)}`);
    }
  }
  async function guarded<T>(work: (k: Keytar) => Promise<T>): Promise<T> {
    const k = await keytar();
    try {
      return await work(k);
    } catch (error) {
      throw keychainUnavailable(firstLine(error));
    }
  }
  return {
    get: (account) => guarded((k) => k.getPassword(service, account)),
    set: (account, secret) => guarded((k) => k.setPassword(service, account, secret)),
    remove: (account) => guarded((k) => k.deletePassword(service, account)),
  };
}
