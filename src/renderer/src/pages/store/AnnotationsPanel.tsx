import { ActionIcon, Divider, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconNote, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '@shared/api/annotation-schemas';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorState } from '../../components/ErrorState';
import { notifyError, notifySuccess } from '../../errors/notify-error';
import { showServerError } from '../../forms/apply-issues';
import { useFormFields } from '../../forms/use-form-fields';
import { useAnnotations, useCreateAnnotation, useRemoveAnnotation, useUpdateAnnotation } from '../../hooks/use-annotations';
import { useModalTarget } from '../../hooks/use-modal-target';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { AnnotationForm } from './AnnotationForm';
import { ANNOTATION_FORM_FIELDS, blankAnnotationFields, type AnnotationDraft, type AnnotationFormValues } from './use-annotation-draft';

interface AnnotationsPanelProps {
  storeId: number;
  draft: AnnotationDraft;
  today: string;
}

/** The store's timeline notes: add one (or click a chart day), edit or delete with a confirmation. */
export function AnnotationsPanel({ storeId, draft, today }: AnnotationsPanelProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const annotations = useAnnotations(storeId);
  const create = useCreateAnnotation();
  const remove = useRemoveAnnotation();
  const removing = useModalTarget<Annotation>();
  const [editingId, setEditingId] = useState<number | null>(null);
  const { form, attachPanel, attachText } = draft;

  const add = async () => {
    const blank = blankAnnotationFields(form.values, t('errors.issues.required'));
    if (Object.keys(blank).length > 0) return form.setErrors(blank);
    try {
      await create.mutateAsync({ storeId, date: form.values.date, text: form.values.text });
      notifySuccess(t('store.annotations.notify.created'));
      form.reset({ date: form.values.date, text: '' });
    } catch (error) {
      showServerError<AnnotationFormValues>(error, ANNOTATION_FORM_FIELDS, t, form.setErrors);
    }
  };

  const confirmRemove = async (annotation: Annotation) => {
    try {
      await remove.mutateAsync({ id: annotation.id });
      notifySuccess(t('store.annotations.notify.deleted'));
      removing.close();
    } catch (error) {
      notifyError(t, error);
    }
  };

  const sorted = [...(annotations.data ?? [])].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);

  return (
    <Paper ref={attachPanel} withBorder radius="md" p="md" component="section" aria-labelledby="annotations-title" data-testid="annotations-panel">
      <Title order={4} id="annotations-title">
        {t('store.annotations.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('store.annotations.description')}
      </Text>
      <AnnotationForm
        values={form.values}
        errors={form.errors}
        setField={form.setField}
        onSubmit={() => void add()}
        submitLabel={t('store.annotations.add')}
        saving={create.isPending}
        maxDate={today}
        textRef={attachText}
        testId="annotation-form"
      />
      <Divider my="md" />
      {annotations.isPending && <CenteredLoader />}
      {annotations.error && <ErrorState error={annotations.error} onRetry={() => void annotations.refetch()} />}
      {annotations.data && sorted.length === 0 && (
        <Group gap="xs" c="dimmed" data-testid="annotations-empty">
          <IconNote size={16} aria-hidden />
          <Text size="sm">{t('store.annotations.empty')}</Text>
        </Group>
      )}
      {sorted.length > 0 && (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="annotation-list">
          {sorted.map((annotation) =>
            annotation.id === editingId ? (
              <li key={annotation.id}>
                <AnnotationEditor annotation={annotation} maxDate={today} onDone={() => setEditingId(null)} />
              </li>
            ) : (
              <Group
                key={annotation.id}
                component="li"
                justify="space-between"
                align="flex-start"
                wrap="nowrap"
                gap="sm"
                data-testid="annotation-item"
                data-annotation-id={annotation.id}
                data-date={annotation.date}
              >
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {formatDay(annotation.date, language)}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="annotation-text-shown">
                    {annotation.text}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {annotation.actor}
                  </Text>
                </div>
                <Group gap={4} wrap="nowrap">
                  <Tooltip label={t('store.annotations.edit')}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('store.annotations.editNamed', { date: formatDay(annotation.date, language) })}
                      onClick={() => setEditingId(annotation.id)}
                      data-testid="annotation-edit"
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('store.annotations.delete')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('store.annotations.deleteNamed', { date: formatDay(annotation.date, language) })}
                      onClick={() => removing.open(annotation)}
                      data-testid="annotation-delete"
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
            ),
          )}
        </Stack>
      )}
      <ConfirmModal
        opened={removing.opened}
        title={t('store.annotations.deleteConfirm.title')}
        body={t('store.annotations.deleteConfirm.body', {
          text: removing.target?.text ?? '',
          date: removing.target ? formatDay(removing.target.date, language) : '',
        })}
        confirmLabel={t('store.annotations.delete')}
        loading={remove.isPending}
        onConfirm={() => removing.target && void confirmRemove(removing.target)}
        onClose={removing.close}
      />
    </Paper>
  );
}

function AnnotationEditor({ annotation, maxDate, onDone }: { annotation: Annotation; maxDate: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useFormFields<AnnotationFormValues>({ date: annotation.date, text: annotation.text });
  const update = useUpdateAnnotation();
  const save = async () => {
    const blank = blankAnnotationFields(form.values, t('errors.issues.required'));
    if (Object.keys(blank).length > 0) return form.setErrors(blank);
    try {
      await update.mutateAsync({ id: annotation.id, date: form.values.date, text: form.values.text });
      notifySuccess(t('store.annotations.notify.updated'));
      onDone();
    } catch (error) {
      showServerError<AnnotationFormValues>(error, ANNOTATION_FORM_FIELDS, t, form.setErrors);
    }
  };
  return (
    <AnnotationForm
      values={form.values}
      errors={form.errors}
      setField={form.setField}
      onSubmit={() => void save()}
      submitLabel={t('store.annotations.save')}
      saving={update.isPending}
      maxDate={maxDate}
      onCancel={onDone}
      testId="annotation-edit-form"
    />
  );
}
