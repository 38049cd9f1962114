import { z } from 'zod';
import { POA_CASE_TYPES, POA_EXPORT_FORMATS, POA_FREQUENCIES, POA_LANGUAGES, POA_OUTCOMES, POA_STATUSES } from '../domain/poa';
import { MARKETPLACE_CODES } from '../domain/marketplaces';
import { PLATFORMS } from '../domain/stores';
import { poaChecksSchema, poaContentSchema, poaEvidenceSchema } from './poa-content-schemas';
import { optionalText } from './text-fields';

const id = z.number().int().positive();
const isoDate = z.iso.date();

/* ---------- cases ---------- */

const affectedItem = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(40)
  .regex(/^\S+$/, 'may not contain spaces');
/** ASINs or SKUs named in the notice; a repeated one is kept once. */
const affectedItems = z
  .array(affectedItem)
  .max(500)
  .transform((items) => [...new Set(items)]);

const caseFields = {
  caseType: z.enum(POA_CASE_TYPES),
  /** The document's language, independent of the UI's. */
  language: z.enum(POA_LANGUAGES),
  /** A short name for lists ("ODR suspension, November"); lists fall back to type and notice date. */
  title: optionalText(200),
  /** The platform's notice as pasted. */
  noticeText: z.string().trim().max(20_000),
  affectedItems,
  noticeDate: isoDate,
  /** Last day to answer (YYYY-MM-DD); not before the notice date. */
  deadline: isoDate.nullable().optional(),
};

export const poaCreateInputSchema = z
  .object({
    storeId: id,
    ...caseFields,
    noticeText: caseFields.noticeText.default(''),
    /** Omitted: the ASINs found in the notice text. */
    affectedItems: affectedItems.optional(),
  })
  .strict();
export type PoaCreateInput = z.input<typeof poaCreateInputSchema>;

/** Title and deadline can change at any time; the rest only while the case is editable (draft, internal review). */
export const poaCasePatchSchema = z.object(caseFields).partial().strict();
export type PoaCasePatch = z.input<typeof poaCasePatchSchema>;

export const poaCaseSchema = z.object({
  id: z.number().int(),
  storeId: z.number().int(),
  storeName: z.string(),
  clientName: z.string(),
  platform: z.enum(PLATFORMS),
  marketplace: z.enum(MARKETPLACE_CODES),
  sellerId: z.string(),
  caseType: z.enum(POA_CASE_TYPES),
  language: z.enum(POA_LANGUAGES),
  title: z.string().nullable(),
  noticeText: z.string(),
  affectedItems: z.array(z.string()),
  noticeDate: z.string(),
  deadline: z.string().nullable(),
  status: z.enum(POA_STATUSES),
  /** The revision being worked on, or the last one submitted. Starts at 1; reopening adds one. */
  revision: z.number().int(),
  /** True while the content and the notice fields may change (draft, internal review). */
  editable: z.boolean(),
  /** Statuses `poa.transition` accepts from here; "draft" from a decided case means reopen. */
  nextStatuses: z.array(z.enum(POA_STATUSES)),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PoaCase = z.infer<typeof poaCaseSchema>;

export const poaCaseListItemSchema = poaCaseSchema.extend({
  /** When the current revision was last saved. */
  savedAt: z.string(),
  /** Warnings (not infos) of the current revision. */
  warningCount: z.number().int(),
});
export type PoaCaseListItem = z.infer<typeof poaCaseListItemSchema>;

/* ---------- revisions ---------- */

export const poaRevisionSummarySchema = z.object({
  caseId: z.number().int(),
  revision: z.number().int(),
  /** Status of the case when this revision was last saved (or submitted). */
  status: z.enum(POA_STATUSES),
  /** The platform's answer to this revision once submitted and decided. */
  outcome: z.enum(POA_OUTCOMES).nullable(),
  savedAt: z.string(),
  actor: z.string(),
  submittedAt: z.string().nullable(),
  /** Characters written, as in the checks' total. */
  characters: z.number().int(),
});
export type PoaRevisionSummary = z.infer<typeof poaRevisionSummarySchema>;

export const poaRevisionSchema = poaRevisionSummarySchema.extend({ content: poaContentSchema });
export type PoaRevision = z.infer<typeof poaRevisionSchema>;

/** What the editor opens: the case, its current revision as last (auto)saved, and the checks of it. */
export const poaCaseDetailSchema = z.object({
  case: poaCaseSchema,
  revision: poaRevisionSchema,
  checks: poaChecksSchema,
});
export type PoaCaseDetail = z.infer<typeof poaCaseDetailSchema>;

export const poaSaveDraftInputSchema = z
  .object({
    id,
    /** The revision the editor is working on; a save to any other (reopened or submitted meanwhile) is refused. */
    revision: z.number().int().positive(),
    content: poaContentSchema,
  })
  .strict();
export type PoaSaveDraftInput = z.input<typeof poaSaveDraftInputSchema>;

export const poaSaveDraftResultSchema = z.object({
  revision: z.number().int(),
  savedAt: z.string(),
  /** False when the content was already what was saved (nothing written). */
  changed: z.boolean(),
  checks: poaChecksSchema,
});
export type PoaSaveDraftResult = z.infer<typeof poaSaveDraftResultSchema>;

/* ---------- templates ---------- */

export const poaTemplateSchema = z.object({
  caseType: z.enum(POA_CASE_TYPES),
  language: z.enum(POA_LANGUAGES),
  /** Language the text is written in: en-US for a zh-CN request (internal drafts start from English). */
  textLanguage: z.enum(POA_LANGUAGES),
  rootCauses: z.array(z.object({ key: z.string(), text: z.string() })),
  /** Suggested actions, each for one of the suggested root causes (by key). */
  correctiveActions: z.array(z.object({ key: z.string(), rootCauseKey: z.string(), text: z.string() })),
  preventiveMeasures: z.array(
    z.object({ key: z.string(), rootCauseKey: z.string(), text: z.string(), owner: z.string(), frequency: z.enum(POA_FREQUENCIES) }),
  ),
});
export type PoaTemplate = z.infer<typeof poaTemplateSchema>;

/* ---------- evidence ---------- */

export const poaEvidenceResultSchema = z.object({
  caseId: z.number().int(),
  noticeDate: z.string(),
  /** False for case types no store metric speaks to (review manipulation, related accounts …). */
  applicable: z.boolean(),
  /** Reporting windows ending in this range of days count as "around the notice date". */
  searchedFrom: z.string(),
  searchedTo: z.string(),
  /** One table per metric with data, best first: ready to insert into `content.evidence`. */
  items: z.array(poaEvidenceSchema),
  /** Metrics of the case type without any snapshot in the range. */
  missing: z.array(z.object({ metricKey: z.string() })),
  /** Rolling-window rates of the case without daily counts, so no recovery plan could be offered. */
  missingDailyCounts: z.array(z.object({ metricKey: z.string() })),
});
export type PoaEvidenceResult = z.infer<typeof poaEvidenceResultSchema>;

/* ---------- attachments ---------- */

export const POA_ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

export const poaAttachmentSchema = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  byteSize: z.number().int(),
  addedAt: z.string(),
  actor: z.string(),
});
export type PoaAttachment = z.infer<typeof poaAttachmentSchema>;

export const poaAttachmentInputSchemas = {
  add: z
    .object({
      caseId: id,
      /** A plain file name ("invoice-2026-10.pdf"): no folders, no "..". */
      fileName: z.string().trim().min(1, 'is required').max(200),
      /** File content, base64; at most 25 MB once decoded. */
      base64: z.base64().max(Math.ceil(POA_ATTACHMENT_MAX_BYTES / 3) * 4 + 4, 'is larger than 25 MB'),
    })
    .strict(),
  remove: z.object({ id }).strict(),
  list: z.object({ caseId: id }).strict(),
};

export const poaAttachmentAddResultSchema = poaAttachmentSchema.extend({
  /** True when the case already had a file with the same content: nothing was copied. */
  alreadyAttached: z.boolean(),
});

/* ---------- queries and commands ---------- */

export const poaInputSchemas = {
  list: z
    .object({ storeId: id.optional(), status: z.enum(POA_STATUSES).optional(), caseType: z.enum(POA_CASE_TYPES).optional() })
    .strict()
    .optional(),
  get: z.object({ id }).strict(),
  update: z.object({ id, patch: poaCasePatchSchema }).strict(),
  transition: z.object({ id, to: z.enum(POA_STATUSES) }).strict(),
  revisions: z.object({ id }).strict(),
  revision: z.object({ id, revision: z.number().int().positive() }).strict(),
  templates: z.object({ caseType: z.enum(POA_CASE_TYPES), language: z.enum(POA_LANGUAGES) }).strict(),
  evidence: z.object({ caseId: id }).strict(),
  export: z
    .object({
      id,
      format: z.enum(POA_EXPORT_FORMATS),
      /** Default: the current revision. */
      revision: z.number().int().positive().optional(),
    })
    .strict(),
};
export type PoaListQuery = z.output<typeof poaInputSchemas.list>;
export type PoaExportInput = z.output<typeof poaInputSchemas.export>;
