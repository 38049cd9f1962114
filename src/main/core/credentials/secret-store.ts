/**
 * The OS keychain as core sees it. Hosts hand one in (keytar in production); core never falls
 * back to anything else, so a secret is either in the keychain or nowhere.
 */
export interface SecretStore {
  /** Rejects with KeychainUnavailable when there is no keychain to talk to. */
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  remove(account: string): Promise<boolean>;
}

/** Every secret sits under this keychain service, one account per store and credential. */
export const KEYCHAIN_SERVICE = 'Storefleet';
