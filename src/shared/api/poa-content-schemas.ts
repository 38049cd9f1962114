import { z } from 'zod';
import { POA_EVIDENCE_FIGURES, POA_FREQUENCIES, POA_TEXT_PARTS, POA_WARNING_CODES } from '../domain/poa';
import { SNAPSHOT_SOURCES } from '../domain/snapshots';

const isoDate = z.iso.date();

/* ---------- the document the user writes ---------- */

/** Entry ids are made by the editor (e.g. "rc-1", a nanoid) and only have to be unique within the document. */
const entryId = z
  .string()
  .min(1, 'is required')
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, 'may contain only letters, digits, _ and -');
// Text is kept exactly as typed (autosave must not eat the space the user just typed); the checks
// flag empty entries, so a half-written entry can be saved.
const entryText = z.string().max(4000);

export const poaRootCauseSchema = z.object({ id: entryId, text: entryText }).strict();
export type PoaRootCause = z.infer<typeof poaRootCauseSchema>;

/** An action already taken, dated, answering one root cause (null until the user links it). */
export const poaCorrectiveActionSchema = z
  .object({ id: entryId, rootCauseId: entryId.nullable(), text: entryText, date: isoDate.nullable() })
  .strict();
export type PoaCorrectiveAction = z.infer<typeof poaCorrectiveActionSchema>;

/** A measure that keeps the root cause from coming back: who or what runs it, and how often. */
export const poaPreventiveMeasureSchema = z
  .object({
    id: entryId,
    rootCauseId: entryId.nullable(),
    text: entryText,
    /** A person, a role or a system ("Warehouse lead", "ShipStation carrier rule"). */
    owner: z.string().max(200),
    frequency: z.enum(POA_FREQUENCIES).nullable(),
  })
  .strict();
export type PoaPreventiveMeasure = z.infer<typeof poaPreventiveMeasureSchema>;

export const poaEvidenceFigureSchema = z
  .object({
    figure: z.enum(POA_EVIDENCE_FIGURES),
    value: z.number().nullable(),
    /** Rates are fractions (0.0085); counts are whole numbers. */
    unit: z.enum(['count', 'ratio', 'score']),
    /** For the target: how the platform compares (LESS_THAN, GREATER_THAN …), as its report says. */
    condition: z.string().max(40).nullable(),
  })
  .strict();
export type PoaEvidenceFigure = z.infer<typeof poaEvidenceFigureSchema>;

/**
 * When a rolling-window rate heals, from the store's daily counts (the recovery planner): the day
 * it is back on the right side of its breach level if no new defect occurs, and how many
 * defect-free orders a day would bring that day forward. Shown beside the rate's own figures.
 */
export const poaRecoveryEvidenceSchema = z
  .object({
    /** The newest daily count: the plan starts the day after. */
    asOf: isoDate,
    /** `asOf` itself when the rate is already back under its breach level. */
    recoveryDate: isoDate,
    /** Defect-free orders assumed per future day (the recent average). */
    projectedOrdersPerDay: z.number().min(0),
    speedUps: z.array(z.object({ date: isoDate, ordersPerDay: z.number().int().min(0) }).strict()).max(4),
    /** Days of the window without a count, which the plan treats as days without orders. */
    missingDays: z.number().int().min(0),
    windowDays: z.number().int().positive(),
  })
  .strict();
export type PoaRecoveryEvidence = z.infer<typeof poaRecoveryEvidenceSchema>;

/**
 * The store's own numbers for one metric, as reported for one window: inserted into the document
 * as they were when inserted, so a later import never changes what was written or submitted.
 */
export const poaEvidenceSchema = z
  .object({
    metricKey: z.string().min(1).max(120),
    windowFrom: isoDate,
    windowTo: isoDate,
    figures: z.array(poaEvidenceFigureSchema).max(20),
    platformStatus: z.string().max(60).nullable(),
    /** Present on a metric's recovery plan (its figures are then the plan window's counts and rate). */
    recovery: poaRecoveryEvidenceSchema.optional(),
    /** Where the numbers came from: the import batch, its file (or API report) and format. */
    source: z
      .object({
        kind: z.enum(SNAPSHOT_SOURCES),
        name: z.string().max(500),
        format: z.string().max(60).nullable(),
        importedAt: z.string().max(40),
        batchId: z.number().int(),
      })
      .strict(),
  })
  .strict();
export type PoaEvidence = z.infer<typeof poaEvidenceSchema>;

function refuseDuplicateIds(entries: readonly { id: string }[], section: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [section, index, 'id'], message: `"${entry.id}" is used twice` });
    seen.add(entry.id);
  });
}

/** The editor's content: three ordered sections, optional notes, and the evidence inserted. */
export const poaContentSchema = z
  .object({
    rootCauses: z.array(poaRootCauseSchema).max(50),
    correctiveActions: z.array(poaCorrectiveActionSchema).max(100),
    preventiveMeasures: z.array(poaPreventiveMeasureSchema).max(100),
    /** Free text after the three sections, e.g. the answer to a reviewer's question. May be empty. */
    additionalInformation: z.string().max(10_000),
    evidence: z.array(poaEvidenceSchema).max(20),
  })
  .strict()
  .superRefine((content, ctx) => {
    refuseDuplicateIds(content.rootCauses, 'rootCauses', ctx);
    refuseDuplicateIds(content.correctiveActions, 'correctiveActions', ctx);
    refuseDuplicateIds(content.preventiveMeasures, 'preventiveMeasures', ctx);
  });
export type PoaContent = z.infer<typeof poaContentSchema>;

/* ---------- checks ---------- */

export const poaWarningSchema = z.object({
  code: z.enum(POA_WARNING_CODES),
  /** "info" for advice (evidence not inserted yet); everything else is a "warning" to resolve. */
  severity: z.enum(['warning', 'info']),
  /** The part of the document it is about, null for the document as a whole. */
  part: z.enum(POA_TEXT_PARTS).nullable(),
  /** The entry it is about, null for a whole part. */
  entryId: z.string().nullable(),
  /** Values for the translated message: section, index (1-based position), item, category, match, date … */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** For text matches: where the match is in the entry's text (or in additionalInformation), UTF-16 offsets. */
  range: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
});
export type PoaWarning = z.infer<typeof poaWarningSchema>;

export const poaChecksSchema = z.object({
  warnings: z.array(poaWarningSchema),
  /** Characters the user wrote (code points) per part and in total, headings and labels not counted. */
  lengths: z.object({
    parts: z.object({
      rootCauses: z.number().int(),
      correctiveActions: z.number().int(),
      preventiveMeasures: z.number().int(),
      additionalInformation: z.number().int(),
    }),
    total: z.number().int(),
  }),
});
export type PoaChecks = z.infer<typeof poaChecksSchema>;
