import { z } from 'zod';
import { clientInputSchema, clientPatchSchema, clientSchema } from './client-schemas';
import { storeInputSchema, storePatchSchema, storeSchema } from './store-schemas';
import {
  alertActionSchemas,
  alertEventSchema,
  alertQuerySchema,
  alertSchema,
  alertsOpenedEventSchema,
  bulkAlertActionSchema,
} from './alert-schemas';
import {
  contractInputSchema,
  contractInputSchemas,
  contractSchema,
  kpiTargetSchema,
  targetProgressSchema,
} from './agency-contract-schemas';
import { annotationInputSchemas, annotationSchema } from './annotation-schemas';
import { columnSetSchema, saveColumnSetInputSchema } from './column-set-schemas';
import {
  importBatchSchema,
  importPreviewInputSchema,
  importPreviewSchema,
  importResultSchema,
  importRunInputSchema,
  mappingPresetSchema,
  saveMappingInputSchema,
} from './import-schemas';
import { matrixCellSchema, matrixQuerySchema, matrixRowSchema } from './kpi-schemas';
import { exportedFileSchema } from './exported-file-schemas';
import { feeInputSchemas, feeStatementSchema, fxInputSchemas, fxRateSchema } from './fee-schemas';
import { matrixExportInputSchema } from './matrix-export-schemas';
import { overviewSchema } from './overview-schemas';
import {
  poaAttachmentAddResultSchema,
  poaAttachmentInputSchemas,
  poaAttachmentSchema,
  poaCaseDetailSchema,
  poaCaseListItemSchema,
  poaCaseSchema,
  poaCreateInputSchema,
  poaEvidenceResultSchema,
  poaInputSchemas,
  poaRevisionSchema,
  poaRevisionSummarySchema,
  poaSaveDraftInputSchema,
  poaSaveDraftResultSchema,
  poaTemplateSchema,
} from './poa-schemas';
import {
  batchExportResultSchema,
  reviewExportedFileSchema,
  reviewExportRecordSchema,
  reviewInputSchemas,
  reviewListItemSchema,
  reviewSchema,
  whiteLabelSchema,
} from './review-schemas';
import {
  experimentInputSchemas,
  experimentSchema,
  recoveryCandidateSchema,
  recoveryPlanSchema,
} from './planning-experiment-schemas';
import {
  applyTemplateResultSchema,
  personSchema,
  planningInputSchemas,
  planningTargetSchema,
  scorecardSchema,
  targetReviewSchema,
  templateSchema,
} from './planning-schemas';
import { funnelSchema, metricSeriesSchema, seriesQuerySchema } from './series-schemas';
import { updateWorkspaceSettingsSchema, workspaceSettingsSchema } from './settings-schemas';
import { slaComplianceSchema, slaInputSchemas, slaItemEventSchema, slaItemSchema, slaRefreshResultSchema } from './sla-schemas';
import { snapshotQuerySchema, snapshotSchema } from './snapshot-schemas';
import { setThresholdInputSchema, thresholdTargetSchema } from './threshold-schemas';
import { credentialInputSchemas, credentialSchema, credentialTestResultSchema } from './credential-schemas';
import { syncInputSchemas, syncStartedSchema, syncStatusSchema } from './sync-schemas';
import { backupInputSchemas, backupListSchema, backupSchema, restoreResultSchema } from './backup-schemas';
import { aboutSchema, initialiseWorkspaceInputSchema, workspaceInfoSchema } from './workspace-schemas';

const idInput = z.object({ id: z.number().int().positive() }).strict();
const none = z.object({}).strict().optional();

/**
 * The table of contents of the backend: every procedure any host may call, named
 * `domain.verb`, with the zod schema of its input and of its output.
 */
export const contract = {
  'app.about': { input: none, output: aboutSchema },

  'workspace.info': { input: none, output: workspaceInfoSchema },
  'workspace.initialise': { input: initialiseWorkspaceInputSchema, output: workspaceInfoSchema },
  'settings.get': { input: none, output: workspaceSettingsSchema },
  'settings.update': { input: updateWorkspaceSettingsSchema, output: workspaceSettingsSchema },

  'clients.list': {
    input: z
      .object({ search: z.string().trim().max(120).optional(), includeArchived: z.boolean().optional() })
      .strict()
      .optional(),
    output: z.array(clientSchema),
  },
  'clients.get': { input: idInput, output: clientSchema },
  'clients.create': { input: clientInputSchema, output: clientSchema },
  'clients.update': { input: z.object({ id: z.number().int().positive(), patch: clientPatchSchema }).strict(), output: clientSchema },
  'clients.archive': { input: idInput, output: clientSchema },
  'clients.restore': { input: idInput, output: clientSchema },

  'stores.list': {
    input: z
      .object({
        search: z.string().trim().max(120).optional(),
        clientId: z.number().int().positive().optional(),
        includeArchived: z.boolean().optional(),
      })
      .strict()
      .optional(),
    output: z.array(storeSchema),
  },
  'stores.get': { input: idInput, output: storeSchema },
  'stores.create': { input: storeInputSchema, output: storeSchema },
  'stores.update': { input: z.object({ id: z.number().int().positive(), patch: storePatchSchema }).strict(), output: storeSchema },
  'stores.archive': { input: idInput, output: storeSchema },
  'stores.restore': { input: idInput, output: storeSchema },

  'overview.get': { input: none, output: overviewSchema },

  'matrix.get': { input: matrixQuerySchema, output: z.array(matrixRowSchema) },
  // Writing an XLSX streams through exceljs: the handler answers with a promise.
  'matrix.export': { input: matrixExportInputSchema, output: exportedFileSchema, async: true },
  'columnSets.list': { input: none, output: z.array(columnSetSchema) },
  'columnSets.save': { input: saveColumnSetInputSchema, output: columnSetSchema },
  'columnSets.remove': { input: idInput, output: z.object({ removed: z.literal(true) }) },

  'series.get': { input: seriesQuerySchema, output: z.array(metricSeriesSchema) },
  'funnel.get': {
    input: z.object({ storeId: z.number().int().positive(), from: z.iso.date(), to: z.iso.date() }).strict(),
    output: funnelSchema,
  },
  'annotations.list': { input: annotationInputSchemas.list, output: z.array(annotationSchema) },
  'annotations.create': { input: annotationInputSchemas.create, output: annotationSchema },
  'annotations.update': { input: annotationInputSchemas.update, output: annotationSchema },
  'annotations.remove': { input: idInput, output: z.object({ removed: z.literal(true) }) },
  'evaluation.run': {
    input: z.object({ storeIds: z.array(z.number().int().positive()).max(10_000).optional() }).strict().optional(),
    output: z.object({ stores: z.number().int(), metrics: z.number().int() }),
  },
  'snapshots.list': { input: snapshotQuerySchema, output: z.array(snapshotSchema) },

  'thresholds.list': {
    input: z.object({ storeId: z.number().int().positive().optional(), clientId: z.number().int().positive().optional() }).strict(),
    output: z.array(thresholdTargetSchema),
  },
  'thresholds.applied': { input: z.object({ storeId: z.number().int().positive() }).strict(), output: z.array(matrixCellSchema) },
  'thresholds.set': { input: setThresholdInputSchema, output: thresholdTargetSchema },
  'thresholds.remove': { input: idInput, output: z.object({ removed: z.literal(true) }) },

  // Imports read files asynchronously (XLSX streams): their handlers answer with a promise.
  'imports.preview': { input: importPreviewInputSchema, output: importPreviewSchema, async: true },
  'imports.run': { input: importRunInputSchema, output: importResultSchema, async: true },
  'imports.history': {
    input: z.object({ storeId: z.number().int().positive().optional(), limit: z.number().int().min(1).max(500).optional() }).strict().optional(),
    output: z.array(importBatchSchema),
  },
  'imports.undo': { input: z.object({ batchId: z.number().int().positive() }).strict(), output: importBatchSchema },
  // Answered at once, even while a long job holds the queue of other calls.
  'jobs.cancel': { input: z.object({ jobId: z.string().min(1).max(100) }).strict(), output: z.object({ cancelling: z.boolean() }), immediate: true },
  'mappings.list': { input: none, output: z.array(mappingPresetSchema) },
  'mappings.save': { input: saveMappingInputSchema, output: mappingPresetSchema },
  'mappings.remove': { input: z.object({ name: z.string().trim().min(1) }).strict(), output: z.object({ removed: z.literal(true) }) },

  'alerts.list': { input: alertQuerySchema, output: z.array(alertSchema) },
  'alerts.get': { input: idInput, output: alertSchema },
  'alerts.history': { input: idInput, output: z.array(alertEventSchema) },
  'alerts.acknowledge': { input: alertActionSchemas.acknowledge, output: alertSchema },
  'alerts.assign': { input: alertActionSchemas.assign, output: alertSchema },
  'alerts.snooze': { input: alertActionSchemas.snooze, output: alertSchema },
  'alerts.comment': { input: alertActionSchemas.comment, output: alertSchema },
  'alerts.resolve': { input: alertActionSchemas.resolve, output: alertSchema },
  'alerts.bulk': { input: bulkAlertActionSchema, output: z.array(alertSchema) },

  // Plans of action. Every write but saveDraft announces workspace.changed {entity: 'poa'};
  // autosaves stay quiet so an open editor is not refetched under the user's cursor.
  'poa.list': { input: poaInputSchemas.list, output: z.array(poaCaseListItemSchema) },
  'poa.get': { input: poaInputSchemas.get, output: poaCaseDetailSchema },
  'poa.create': { input: poaCreateInputSchema, output: poaCaseDetailSchema },
  'poa.update': { input: poaInputSchemas.update, output: poaCaseSchema },
  'poa.saveDraft': { input: poaSaveDraftInputSchema, output: poaSaveDraftResultSchema },
  'poa.transition': { input: poaInputSchemas.transition, output: poaCaseDetailSchema },
  'poa.revisions': { input: poaInputSchemas.revisions, output: z.array(poaRevisionSummarySchema) },
  'poa.revision': { input: poaInputSchemas.revision, output: poaRevisionSchema },
  'poa.templates': { input: poaInputSchemas.templates, output: poaTemplateSchema },
  'poa.evidence': { input: poaInputSchemas.evidence, output: poaEvidenceResultSchema },
  'poa.attachments.add': { input: poaAttachmentInputSchemas.add, output: poaAttachmentAddResultSchema },
  'poa.attachments.remove': { input: poaAttachmentInputSchemas.remove, output: z.object({ removed: z.literal(true) }) },
  'poa.attachments.list': { input: poaAttachmentInputSchemas.list, output: z.array(poaAttachmentSchema) },
  // DOCX packing and PDF printing are asynchronous: the handler answers with a promise.
  'poa.export': { input: poaInputSchemas.export, output: exportedFileSchema, async: true },

  // Agency contracts (issue 6): what is promised to each client, its KPI targets and fee model.
  'contracts.list': { input: contractInputSchemas.list, output: z.array(contractSchema) },
  'contracts.get': { input: idInput, output: contractSchema },
  'contracts.create': { input: contractInputSchema, output: contractSchema },
  'contracts.update': { input: contractInputSchemas.update, output: contractSchema },
  'contracts.archive': { input: idInput, output: contractSchema },
  'contracts.restore': { input: idInput, output: contractSchema },
  'contracts.targets.set': { input: contractInputSchemas.setTarget, output: kpiTargetSchema },
  'contracts.targets.remove': { input: idInput, output: z.object({ removed: z.literal(true) }) },
  'contracts.progress': { input: idInput, output: z.array(targetProgressSchema) },

  // SLA items: promises on the clock. Reads first open the month's review items and breach what is past due.
  'sla.list': { input: slaInputSchemas.list, output: z.array(slaItemSchema) },
  'sla.get': { input: idInput, output: slaItemSchema },
  'sla.history': { input: idInput, output: z.array(slaItemEventSchema) },
  'sla.refresh': { input: none, output: slaRefreshResultSchema },
  'sla.logRequest': { input: slaInputSchemas.logRequest, output: slaItemSchema },
  'sla.answerRequest': { input: slaInputSchemas.answerRequest, output: slaItemSchema },
  'sla.pause': { input: slaInputSchemas.pause, output: slaItemSchema },
  'sla.resume': { input: slaInputSchemas.resume, output: slaItemSchema },
  'sla.waive': { input: slaInputSchemas.waive, output: slaItemSchema },
  'sla.compliance': { input: slaInputSchemas.compliance, output: slaComplianceSchema },

  'fx.list': { input: fxInputSchemas.list, output: z.array(fxRateSchema) },
  'fx.set': { input: fxInputSchemas.set, output: fxRateSchema },
  'fx.remove': { input: fxInputSchemas.remove, output: z.object({ removed: z.literal(true) }) },
  'fees.statement': { input: feeInputSchemas.statement, output: feeStatementSchema },

  // Monthly client reviews (issue 7). Exports print PDF or pack XLSX: their handlers answer with a promise.
  'reviews.list': { input: reviewInputSchemas.list, output: z.array(reviewListItemSchema) },
  'reviews.get': { input: reviewInputSchemas.get, output: reviewSchema },
  'reviews.update': { input: reviewInputSchemas.update, output: reviewSchema },
  'reviews.setStatus': { input: reviewInputSchemas.setStatus, output: reviewSchema },
  'reviews.preview': { input: reviewInputSchemas.preview, output: z.object({ html: z.string() }) },
  'reviews.export': { input: reviewInputSchemas.export, output: reviewExportedFileSchema, async: true },
  'reviews.exports': { input: reviewInputSchemas.exports, output: z.array(reviewExportRecordSchema) },
  'reviews.batchExport': { input: reviewInputSchemas.batchExport, output: batchExportResultSchema, async: true },
  'whiteLabel.get': { input: none, output: whiteLabelSchema },
  'whiteLabel.update': { input: reviewInputSchemas.updateWhiteLabel, output: whiteLabelSchema },
  // Live connections (issue 8). Secrets go in, never out: no procedure answers a secret's value.
  'credentials.list': { input: credentialInputSchemas.list, output: z.array(credentialSchema) },
  'credentials.set': { input: credentialInputSchemas.set, output: credentialSchema, async: true },
  'credentials.remove': { input: credentialInputSchemas.remove, output: z.object({ removed: z.literal(true) }), async: true },
  'credentials.test': { input: credentialInputSchemas.test, output: credentialTestResultSchema, async: true },
  'sync.status': { input: syncInputSchemas.status, output: z.array(syncStatusSchema) },
  'sync.configure': { input: syncInputSchemas.configure, output: syncStatusSchema },
  // Starts the sync and answers at once; it runs beside the queue of calls, never blocking it.
  'sync.now': { input: syncInputSchemas.now, output: syncStartedSchema },
  // KPI planning (issue 10): people and their roles, stage templates, period targets, scorecards,
  // experiments against a control, and recovery plans for rolling-window rates.
  'planning.people.list': { input: planningInputSchemas.listPeople, output: z.array(personSchema) },
  'planning.people.create': { input: planningInputSchemas.createPerson, output: personSchema },
  'planning.people.update': { input: planningInputSchemas.updatePerson, output: personSchema },
  'planning.people.archive': { input: idInput, output: personSchema },
  'planning.templates.list': { input: planningInputSchemas.listTemplates, output: z.array(templateSchema) },
  'planning.templates.copy': { input: planningInputSchemas.copyTemplate, output: templateSchema },
  'planning.templates.update': { input: planningInputSchemas.updateTemplate, output: templateSchema },
  'planning.templates.remove': { input: idInput, output: z.object({ removed: z.literal(true) }) },
  'planning.templates.apply': { input: planningInputSchemas.applyTemplate, output: applyTemplateResultSchema },
  'planning.targets.list': { input: planningInputSchemas.listTargets, output: z.array(planningTargetSchema) },
  'planning.targets.set': { input: planningInputSchemas.setTarget, output: planningTargetSchema },
  'planning.targets.remove': { input: idInput, output: z.object({ removed: z.literal(true) }) },
  'planning.targets.review': { input: planningInputSchemas.review, output: targetReviewSchema },
  'planning.scorecards': { input: planningInputSchemas.scorecards, output: scorecardSchema },
  'planning.experiments.list': { input: none, output: z.array(experimentSchema) },
  'planning.experiments.create': { input: experimentInputSchemas.create, output: experimentSchema },
  'planning.experiments.decide': { input: experimentInputSchemas.decide, output: experimentSchema },
  'planning.recovery': { input: experimentInputSchemas.recovery, output: recoveryPlanSchema },
  'planning.recovery.candidates': { input: experimentInputSchemas.recoveryCandidates, output: z.array(recoveryCandidateSchema) },
  // Backups (issue 9): verified copies in a rotating folder. The online backup API is asynchronous.
  'backups.list': { input: none, output: backupListSchema },
  'backups.create': { input: none, output: backupSchema, async: true },
  // The daily backup, taken only when no regular backup is younger than a day (null otherwise).
  'backups.daily': { input: none, output: backupSchema.nullable(), async: true },
  'backups.setFolder': { input: backupInputSchemas.setFolder, output: backupListSchema },
  // Swapping the file needs the host to close and reopen the workspace: only hosts that can do so answer it.
  'backups.restore': { input: backupInputSchemas.restore, output: restoreResultSchema, async: true },
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type ProcedureInput<P extends ProcedureName> = z.input<Contract[P]['input']>;
export type ProcedureOutput<P extends ProcedureName> = z.infer<Contract[P]['output']>;
/** What a direct call answers: the output, or a promise of it for asynchronous procedures. */
export type ProcedureResult<P extends ProcedureName> = Contract[P] extends { async: true }
  ? Promise<ProcedureOutput<P>>
  : ProcedureOutput<P>;

export const PROCEDURE_NAMES = Object.keys(contract) as ProcedureName[];

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Events the backend pushes to the renderer (`on(event, handler)`). */
export const eventSchemas = {
  'workspace.changed': z.object({
    entity: z.enum([
      'clients', 'stores', 'workspace', 'snapshots', 'thresholds', 'alerts', 'imports', 'settings', 'columnSets', 'annotations', 'poa', 'contracts', 'sla', 'reviews', 'credentials', 'sync', 'planning',
    ]),
  }),
  'alerts.opened': alertsOpenedEventSchema,
  'job.progress': z.object({ jobId: z.string(), done: z.number(), total: z.number(), label: z.string() }),
} as const;
export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export const EVENT_NAMES = Object.keys(eventSchemas) as EventName[];

/** The one object the preload script (or the browser host's shim) exposes to the renderer. */
export interface StorefleetBridge {
  invoke<P extends ProcedureName>(procedure: P, input?: ProcedureInput<P>): Promise<ProcedureOutput<P>>;
  on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void;
}
