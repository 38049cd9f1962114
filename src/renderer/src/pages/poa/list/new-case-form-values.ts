import type { FieldIssue } from '@shared/api/app-error';
import { poaCreateInputSchema, type PoaCreateInput } from '@shared/api/poa-schemas';
import type { Store } from '@shared/api/store-schemas';
import { zodFieldIssues } from '@shared/api/zod-field-issues';
import { detectAsins } from '@shared/domain/detect-asins';
import type { PoaCaseType, PoaLanguage } from '@shared/domain/poa';

export interface NewCaseFormValues {
  storeId: number | null;
  caseType: PoaCaseType | null;
  language: PoaLanguage;
  title: string;
  noticeDate: string;
  deadline: string;
  noticeText: string;
  affectedItems: string[];
}

export const NEW_CASE_FIELDS = [
  'storeId',
  'caseType',
  'language',
  'title',
  'noticeDate',
  'deadline',
  'noticeText',
  'affectedItems',
] as const satisfies readonly (keyof NewCaseFormValues)[];

/** What the form remembers besides its values: whether the language was chosen, and items the user took out. */
export interface NewCaseFormMemory {
  languageChosen: boolean;
  /** ASINs found in the notice that the user removed: a later edit of the notice does not bring them back. */
  dismissedItems: string[];
}

type StoreMarket = Pick<Store, 'platform' | 'marketplace'>;

/** Amazon Japan reviews appeals best in Japanese (DOMAIN.md); everything else is written in English. */
export function defaultPoaLanguage(store: StoreMarket | undefined): PoaLanguage {
  return store?.platform === 'amazon' && store.marketplace === 'JP' ? 'ja-JP' : 'en-US';
}

export function emptyNewCaseForm(store: (StoreMarket & { id: number }) | undefined, today: string): NewCaseFormValues {
  return {
    storeId: store?.id ?? null,
    caseType: null,
    language: defaultPoaLanguage(store),
    title: '',
    noticeDate: today,
    deadline: '',
    noticeText: '',
    affectedItems: [],
  };
}

/** A new store brings its marketplace's language, unless the user picked one. */
export function withStore(values: NewCaseFormValues, store: (StoreMarket & { id: number }) | undefined, memory: NewCaseFormMemory): NewCaseFormValues {
  return { ...values, storeId: store?.id ?? null, language: memory.languageChosen ? values.language : defaultPoaLanguage(store) };
}

/** The notice as pasted, with the ASINs it names added to the affected items (each once, none the user removed). */
export function withNoticeText(values: NewCaseFormValues, noticeText: string, memory: NewCaseFormMemory): NewCaseFormValues {
  const found = detectAsins(noticeText).filter((asin) => !values.affectedItems.includes(asin) && !memory.dismissedItems.includes(asin));
  return { ...values, noticeText, affectedItems: [...values.affectedItems, ...found] };
}

/** Items the user just took out of the list, to remember as dismissed. */
export function removedItems(before: readonly string[], after: readonly string[]): string[] {
  return before.filter((item) => !after.includes(item));
}

/** Checks the form with the contract's own schema before anything is sent. */
export function parseNewCaseForm(values: NewCaseFormValues): { ok: true; input: PoaCreateInput } | { ok: false; issues: FieldIssue[] } {
  const raw = {
    storeId: values.storeId ?? undefined,
    caseType: values.caseType ?? undefined,
    language: values.language,
    title: values.title,
    // Blank reads as missing, so the form says "required" rather than "wrong format".
    noticeDate: values.noticeDate.trim() === '' ? undefined : values.noticeDate,
    deadline: values.deadline.trim() === '' ? null : values.deadline,
    noticeText: values.noticeText,
    affectedItems: values.affectedItems,
  };
  const parsed = poaCreateInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: zodFieldIssues(parsed.error, raw) };
  return { ok: true, input: parsed.data };
}
