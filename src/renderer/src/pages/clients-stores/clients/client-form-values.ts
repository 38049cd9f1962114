import { clientInputSchema, type Client, type ClientInput } from '@shared/api/client-schemas';
import type { FieldIssue } from '@shared/api/app-error';
import type { Currency } from '@shared/domain/currencies';
import type { Language } from '@shared/domain/languages';
import { zodFieldIssues } from '@shared/api/zod-field-issues';

export interface ClientFormValues {
  name: string;
  contactName: string;
  contactEmail: string;
  language: Language | null;
  reportingCurrency: Currency | null;
  notes: string;
}

export const CLIENT_FORM_FIELDS = [
  'name',
  'contactName',
  'contactEmail',
  'language',
  'reportingCurrency',
  'notes',
] as const satisfies readonly (keyof ClientFormValues)[];

export function emptyClientForm(language: Language): ClientFormValues {
  return { name: '', contactName: '', contactEmail: '', language, reportingCurrency: 'USD', notes: '' };
}

export function clientFormFrom(client: Client): ClientFormValues {
  return {
    name: client.name,
    contactName: client.contactName ?? '',
    contactEmail: client.contactEmail ?? '',
    language: client.language,
    reportingCurrency: client.reportingCurrency,
    notes: client.notes ?? '',
  };
}

/** Checks the form with the contract's own schema before anything is sent. */
export function parseClientForm(values: ClientFormValues): { ok: true; input: ClientInput } | { ok: false; issues: FieldIssue[] } {
  const raw = { ...values, language: values.language ?? undefined, reportingCurrency: values.reportingCurrency ?? undefined };
  const parsed = clientInputSchema.safeParse(raw);
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, issues: zodFieldIssues(parsed.error, raw) };
}
