import { z } from 'zod';
import { LANGUAGES } from '../domain/languages';
import { exportedFileSchema } from './exported-file-schemas';

export const REVIEW_STATUSES = ['draft', 'reviewed', 'sent'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_FORMATS = ['pdf', 'xlsx'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

const clientId = z.number().int().positive();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');
const reviewKey = { clientId, month };
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1c7ed6');
const reviewText = z.string().max(8000, 'must be at most 8000 characters');

/** A client's review of a month; a review nobody opened yet is reported as a draft with drafted texts. */
export const reviewSchema = z.object({
  /** null until the review is first saved. */
  id: z.number().int().nullable(),
  clientId: z.number().int(),
  clientName: z.string(),
  month: z.string(),
  language: z.enum(LANGUAGES),
  status: z.enum(REVIEW_STATUSES),
  executiveSummary: z.string(),
  nextMonthPlan: z.string(),
  /** True when the texts are still the ones drafted from the data (nobody edited them). */
  summaryDrafted: z.boolean(),
  planDrafted: z.boolean(),
  includeFees: z.boolean(),
  reviewedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  lastExportedAt: z.string().nullable(),
});
export type Review = z.infer<typeof reviewSchema>;

export const reviewListItemSchema = reviewSchema.pick({
  id: true,
  clientId: true,
  clientName: true,
  month: true,
  language: true,
  status: true,
  reviewedAt: true,
  sentAt: true,
  lastExportedAt: true,
}).extend({ storeCount: z.number().int() });
export type ReviewListItem = z.infer<typeof reviewListItemSchema>;

export const reviewExportRecordSchema = z.object({
  id: z.number().int(),
  format: z.enum(REVIEW_FORMATS),
  language: z.enum(LANGUAGES),
  fileName: z.string(),
  byteLength: z.number().int(),
  sha256: z.string(),
  exportedAt: z.string(),
  actor: z.string(),
});
export type ReviewExportRecord = z.infer<typeof reviewExportRecordSchema>;

export const batchExportResultSchema = z.object({
  folder: z.string(),
  month: z.string(),
  format: z.enum(REVIEW_FORMATS),
  written: z.array(z.object({ clientId: z.number().int(), clientName: z.string(), fileName: z.string(), byteLength: z.number().int(), sha256: z.string() })),
  failed: z.array(z.object({ clientId: z.number().int(), clientName: z.string(), message: z.string() })),
  /** True when the user cancelled: clients after the cancel were not exported. */
  cancelled: z.boolean(),
});
export type BatchExportResult = z.infer<typeof batchExportResultSchema>;

/** The agency's branding on every review's cover, set once per workspace. */
export const whiteLabelSchema = z.object({
  agencyName: z.string(),
  /** A PNG, JPEG or SVG image as a data: URL (inline, so the report loads nothing); null for none. */
  logoDataUrl: z.string().nullable(),
  primaryColour: hexColour,
  accentColour: hexColour,
});
export type WhiteLabel = z.infer<typeof whiteLabelSchema>;

export const reviewInputSchemas = {
  list: z.object({ month }).strict(),
  get: z.object(reviewKey).strict(),
  update: z
    .object({
      ...reviewKey,
      /** An empty text goes back to the drafted one. */
      executiveSummary: reviewText.optional(),
      nextMonthPlan: reviewText.optional(),
      includeFees: z.boolean().optional(),
    })
    .strict(),
  setStatus: z.object({ ...reviewKey, status: z.enum(REVIEW_STATUSES) }).strict(),
  export: z.object({ ...reviewKey, format: z.enum(REVIEW_FORMATS), language: z.enum(LANGUAGES).optional() }).strict(),
  exports: z.object(reviewKey).strict(),
  preview: z.object({ ...reviewKey, language: z.enum(LANGUAGES).optional() }).strict(),
  batchExport: z
    .object({
      month,
      format: z.enum(REVIEW_FORMATS),
      /** Absolute path of an existing folder on the machine running the backend. */
      folder: z.string().trim().min(1, 'is required').max(1000),
      /** Every client in this language instead of each client's own. */
      language: z.enum(LANGUAGES).optional(),
      jobId: z.string().trim().min(1).max(100).optional(),
    })
    .strict(),
  updateWhiteLabel: z
    .object({
      agencyName: z.string().trim().max(120, 'must be at most 120 characters'),
      logoDataUrl: z
        .string()
        .max(700_000, 'must be an image under 500 KB')
        .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/, 'must be a PNG, JPEG or SVG image')
        .nullable(),
      primaryColour: hexColour,
      accentColour: hexColour,
    })
    .partial()
    .strict(),
};
export type ReviewUpdateInput = z.infer<typeof reviewInputSchemas.update>;
export type ReviewExportInput = z.infer<typeof reviewInputSchemas.export>;
export type BatchExportInput = z.infer<typeof reviewInputSchemas.batchExport>;
export type WhiteLabelUpdate = z.infer<typeof reviewInputSchemas.updateWhiteLabel>;

/** An exported review file, with the hash kept in the review's export history. */
export const reviewExportedFileSchema = exportedFileSchema.extend({ sha256: z.string() });
export type ReviewExportedFile = z.infer<typeof reviewExportedFileSchema>;
