import { z } from 'zod';

export const CONNECTION_PROVIDERS = ['amazon', 'tiktok'] as const;
export const connectionProviderSchema = z.enum(CONNECTION_PROVIDERS);
export type ConnectionProvider = z.infer<typeof connectionProviderSchema>;

/**
 * The secrets each provider's connector needs. Client id and app key are not secret on their
 * own, but they travel with their secrets, so they are kept the same way.
 */
export const CREDENTIAL_NAMES = {
  amazon: ['client_id', 'client_secret', 'refresh_token'],
  tiktok: ['app_key', 'app_secret', 'access_token', 'refresh_token'],
} as const satisfies Record<ConnectionProvider, readonly string[]>;
export const credentialNameSchema = z.enum(['client_id', 'client_secret', 'refresh_token', 'app_key', 'app_secret', 'access_token']);
export type CredentialName = z.infer<typeof credentialNameSchema>;

/** What anyone may see of a credential: never its value. */
export const credentialSchema = z.object({
  id: z.number().int(),
  storeId: z.number().int(),
  provider: connectionProviderSchema,
  name: credentialNameSchema,
  label: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  lastRotatedAt: z.string().nullable(),
  rotationReminderOn: z.iso.date().nullable(),
});
export type Credential = z.infer<typeof credentialSchema>;

const storeId = z.number().int().positive();
/** Secrets are single-line tokens; a bound keeps a pasted file out of the keychain. */
const secretValue = z.string().trim().min(1).max(4096);

export const credentialInputSchemas = {
  list: z.object({ storeId: storeId.optional() }).strict().optional(),
  /** Sets or replaces (a replacement counts as a rotation) one secret. The renderer may write, never read. */
  set: z
    .object({
      storeId,
      provider: connectionProviderSchema,
      name: credentialNameSchema,
      secret: secretValue,
      label: z.string().trim().max(120).optional(),
      rotationReminderOn: z.iso.date().nullable().optional(),
    })
    .strict(),
  remove: z.object({ id: z.number().int().positive() }).strict(),
  /** Tries the store's connection: refreshes a token against the platform, imports nothing. */
  test: z.object({ storeId, endpoint: z.url().optional() }).strict(),
};

export const credentialTestResultSchema = z.object({
  ok: z.boolean(),
  /** Plain words: what worked, or what failed and what to do. */
  message: z.string(),
  code: z.string().nullable(),
});
export type CredentialTestResult = z.infer<typeof credentialTestResultSchema>;
