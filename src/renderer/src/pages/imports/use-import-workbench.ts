import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '@shared/api/app-error';
import type { ColumnMapping } from '@shared/api/column-mapping-schemas';
import type { ProcedureInput } from '@shared/api/contract';
import type { ImportPreview, ImportResult } from '@shared/api/import-schemas';
import { notifySuccess } from '../../errors/notify-error';
import { toAppError } from '../../errors/to-app-error';
import { readFileAsBase64 } from '../../files/bytes-to-base64';
import { MAX_IMPORT_BYTES, isImportFileName } from '../../files/import-file-types';
import { fieldErrorsFromIssues } from '../../forms/apply-issues';
import type { FieldErrors } from '../../forms/use-form-fields';
import { useCancelJob, usePreviewImport, useRunImport } from '../../hooks/use-imports';

export type ImportEncoding = NonNullable<ProcedureInput<'imports.preview'>['encoding']>;

/** No mapping (the backend picks a built-in one that fits), a preset by name, or one edited here. */
export type MappingChoice = { kind: 'auto' } | { kind: 'preset'; name: string } | { kind: 'inline'; mapping: ColumnMapping };

export interface LoadedFile {
  name: string;
  size: number;
  contentBase64: string;
}

export interface ImportSettings {
  storeId: number | null;
  mapping: MappingChoice;
  encoding: ImportEncoding | null;
}

export const SETTINGS_FIELDS = ['storeId', 'mapping', 'encoding'] as const satisfies readonly (keyof ImportSettings)[];

const INITIAL_SETTINGS: ImportSettings = { storeId: null, mapping: { kind: 'auto' }, encoding: null };

function fileInput(file: LoadedFile, settings: ImportSettings): ProcedureInput<'imports.preview'> {
  const { mapping } = settings;
  return {
    fileName: file.name,
    contentBase64: file.contentBase64,
    ...(settings.storeId !== null && { storeId: settings.storeId }),
    ...(mapping.kind === 'preset' && { mapping: mapping.name }),
    ...(mapping.kind === 'inline' && { mapping: mapping.mapping }),
    ...(settings.encoding !== null && { encoding: settings.encoding }),
  };
}

/**
 * The import page's state: a file read to base64, the settings it is read with, the dry-run
 * preview and the result of the real run. Changing the file or a setting drops the preview,
 * so what is imported is always what was last previewed.
 */
export function useImportWorkbench() {
  const { t } = useTranslation();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [settings, setSettings] = useState<ImportSettings>(INITIAL_SETTINGS);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<ImportSettings>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  /** Counts previews, so views that start from a preview start afresh with each one. */
  const [previewId, setPreviewId] = useState(0);
  const previewMutation = usePreviewImport();
  const runMutation = useRunImport();
  const cancelMutation = useCancelJob();
  /** The running import, so its progress can be shown and it can be cancelled. */
  const [jobId, setJobId] = useState<string | null>(null);
  /** Only the newest file read may land: a slow read of a replaced file is dropped. */
  const readToken = useRef(0);

  const dropPreview = useCallback(() => {
    setPreview(null);
    setFailure(null);
    setSkipInvalid(false);
  }, []);

  const selectFile = useCallback(
    async (chosen: File) => {
      const token = ++readToken.current;
      dropPreview();
      setResult(null);
      setFile(null);
      setFieldErrors({});
      if (!isImportFileName(chosen.name)) {
        setFileError(t('imports.file.unsupported', { name: chosen.name }));
        return;
      }
      if (chosen.size > MAX_IMPORT_BYTES) {
        setFileError(t('imports.file.tooLarge', { name: chosen.name }));
        return;
      }
      setFileError(null);
      setReading(true);
      try {
        const contentBase64 = await readFileAsBase64(chosen);
        if (token === readToken.current) setFile({ name: chosen.name, size: chosen.size, contentBase64 });
      } catch (error) {
        if (token === readToken.current) setFileError(t('imports.file.readFailed', { name: chosen.name, message: toAppError(error).message }));
      } finally {
        if (token === readToken.current) setReading(false);
      }
    },
    [dropPreview, t],
  );

  const clearFile = useCallback(() => {
    readToken.current++;
    setFile(null);
    setReading(false);
    setFileError(null);
    dropPreview();
  }, [dropPreview]);

  const updateSettings = useCallback(
    (patch: Partial<ImportSettings>) => {
      setSettings((current) => ({ ...current, ...patch }));
      setFieldErrors((current) => {
        const next = { ...current };
        for (const field of Object.keys(patch) as (keyof ImportSettings)[]) delete next[field];
        return next;
      });
      dropPreview();
    },
    [dropPreview],
  );

  /** Field issues go under their select; anything else is shown where the preview would be. */
  const showFailure = useCallback(
    (error: unknown) => {
      const appError = toAppError(error);
      const { errors, unmatched } = fieldErrorsFromIssues<ImportSettings>(appError.details?.issues ?? [], SETTINGS_FIELDS, t);
      setFieldErrors(errors);
      setFailure(Object.keys(errors).length === 0 || unmatched.length > 0 ? appError : null);
    },
    [t],
  );

  const runPreview = useCallback(
    async (mapping?: MappingChoice) => {
      if (!file) return;
      const next = mapping ? { ...settings, mapping } : settings;
      if (mapping) setSettings(next);
      dropPreview();
      setResult(null);
      setFieldErrors({});
      try {
        setPreview(await previewMutation.mutateAsync(fileInput(file, next)));
        setPreviewId((id) => id + 1);
      } catch (error) {
        showFailure(error);
      }
    },
    [dropPreview, file, previewMutation, settings, showFailure],
  );

  const runImport = useCallback(async () => {
    if (!file || !preview) return;
    setFailure(null);
    const id = crypto.randomUUID();
    setJobId(id);
    try {
      const outcome = await runMutation.mutateAsync({ ...fileInput(file, settings), jobId: id, ...(skipInvalid && { skipInvalid: true }) });
      setResult(outcome);
      // A committed file is done with; a refused one stays so the user can skip rows or fix settings.
      if (outcome.status === 'imported') {
        readToken.current++;
        setFile(null);
        dropPreview();
      }
    } catch (error) {
      if (toAppError(error).details?.cancelled) notifySuccess(t('imports.run.cancelled'));
      else showFailure(error);
    } finally {
      setJobId(null);
    }
  }, [dropPreview, file, preview, runMutation, settings, showFailure, skipInvalid, t]);

  const cancelImport = useCallback(() => {
    if (jobId) void cancelMutation.mutateAsync({ jobId }).catch(showFailure);
  }, [cancelMutation, jobId, showFailure]);

  return {
    file,
    reading,
    fileError,
    settings,
    fieldErrors,
    preview,
    previewId,
    failure,
    skipInvalid,
    result,
    previewing: previewMutation.isPending,
    importing: runMutation.isPending,
    selectFile,
    clearFile,
    updateSettings,
    setSkipInvalid,
    runPreview,
    runImport,
    jobId,
    cancelImport,
    dismissResult: () => setResult(null),
  };
}

export type ImportWorkbench = ReturnType<typeof useImportWorkbench>;
