import { Button, Group, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POA_CASE_TYPES, POA_LANGUAGES, type PoaCaseType, type PoaLanguage } from '@shared/domain/poa';
import { notifySuccess } from '../../../errors/notify-error';
import { fieldErrorsFromIssues, showServerError } from '../../../forms/apply-issues';
import { useFormFields } from '../../../forms/use-form-fields';
import { useCreatePoaCase } from '../../../hooks/use-poa';
import { useStores } from '../../../hooks/use-stores';
import {
  NEW_CASE_FIELDS,
  emptyNewCaseForm,
  parseNewCaseForm,
  removedItems,
  withNoticeText,
  withStore,
  type NewCaseFormMemory,
  type NewCaseFormValues,
} from './new-case-form-values';

interface NewCaseFormProps {
  storeId: number | null;
  today: string;
  onClose: () => void;
  onCreated: (caseId: number) => void;
}

/** Mounted fresh each time its modal opens for a store, so the initial values need no resetting. */
export function NewCaseForm({ storeId, today, onClose, onCreated }: NewCaseFormProps) {
  const { t } = useTranslation();
  const stores = useStores();
  const storeById = useMemo(() => new Map((stores.data ?? []).map((store) => [store.id, store])), [stores.data]);
  const create = useCreatePoaCase();
  const [memory, setMemory] = useState<NewCaseFormMemory>({ languageChosen: false, dismissedItems: [] });
  const form = useFormFields<NewCaseFormValues>(emptyNewCaseForm(undefined, today));
  const { values, errors, setField, setValues } = form;
  // The store list arrives after the form opens: the preselected store and its language apply once it does.
  const [appliedStore, setAppliedStore] = useState<number | null>(null);
  if (storeId !== null && appliedStore !== storeId && storeById.has(storeId)) {
    setAppliedStore(storeId);
    setValues((current) => withStore(current, storeById.get(storeId), memory));
  }

  const storeOptions = (stores.data ?? []).map((store) => ({ value: store.id, label: t('poa.form.storeOption', { store: store.displayName, client: store.clientName }) }));

  const submit = async () => {
    const parsed = parseNewCaseForm(values);
    if (!parsed.ok) {
      form.setErrors(fieldErrorsFromIssues<NewCaseFormValues>(parsed.issues, NEW_CASE_FIELDS, t).errors);
      return;
    }
    try {
      const detail = await create.mutateAsync(parsed.input);
      notifySuccess(t('poa.form.created'));
      onCreated(detail.case.id);
    } catch (error) {
      showServerError<NewCaseFormValues>(error, NEW_CASE_FIELDS, t, form.setErrors);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="poa-new-case-form"
    >
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="md" verticalSpacing="md">
          <Select<number>
            label={t('poa.fields.store')}
            placeholder={t('poa.form.storePlaceholder')}
            withAsterisk
            searchable
            data={storeOptions}
            value={values.storeId}
            onChange={(value) => setValues((current) => withStore(current, value === null ? undefined : storeById.get(value), memory))}
            error={errors.storeId}
            nothingFoundMessage={stores.isLoading ? t('common.loading') : t('common.nothingFound')}
            allowDeselect={false}
            data-testid="poa-form-store"
          />
          <Select<PoaCaseType>
            label={t('poa.fields.caseType')}
            placeholder={t('poa.form.caseTypePlaceholder')}
            withAsterisk
            searchable
            data={POA_CASE_TYPES.map((caseType) => ({ value: caseType, label: t(`poa.caseTypes.${caseType}`) }))}
            value={values.caseType}
            onChange={(value) => setField('caseType', value)}
            error={errors.caseType}
            nothingFoundMessage={t('common.nothingFound')}
            maxDropdownHeight={300}
            allowDeselect={false}
            data-testid="poa-form-type"
          />
          <Select<PoaLanguage>
            label={t('poa.fields.language')}
            description={t('poa.form.languageHint')}
            withAsterisk
            data={POA_LANGUAGES.map((language) => ({ value: language, label: t(`poa.documentLanguages.${language}`) }))}
            value={values.language}
            onChange={(value) => {
              if (!value) return;
              setMemory((current) => ({ ...current, languageChosen: true }));
              setField('language', value);
            }}
            error={errors.language}
            allowDeselect={false}
            data-testid="poa-form-language"
          />
          <TextInput
            label={t('poa.fields.title')}
            description={t('poa.form.titleHint')}
            value={values.title}
            maxLength={200}
            onChange={(event) => setField('title', event.currentTarget.value)}
            error={errors.title}
            data-testid="poa-form-title"
          />
          <TextInput
            type="date"
            label={t('poa.fields.noticeDate')}
            withAsterisk
            value={values.noticeDate}
            max={today}
            onChange={(event) => setField('noticeDate', event.currentTarget.value)}
            error={errors.noticeDate}
            data-testid="poa-form-notice-date"
          />
          <TextInput
            type="date"
            label={t('poa.fields.deadline')}
            description={t('poa.form.deadlineHint')}
            value={values.deadline}
            min={values.noticeDate || undefined}
            onChange={(event) => setField('deadline', event.currentTarget.value)}
            error={errors.deadline}
            data-testid="poa-form-deadline"
          />
        </SimpleGrid>
        <Textarea
          label={t('poa.fields.noticeText')}
          description={t('poa.form.noticeTextHint')}
          placeholder={t('poa.form.noticeTextPlaceholder')}
          autosize
          minRows={4}
          maxRows={10}
          maxLength={20_000}
          value={values.noticeText}
          onChange={(event) => {
            const noticeText = event.currentTarget.value;
            setValues((current) => withNoticeText(current, noticeText, memory));
          }}
          error={errors.noticeText}
          data-testid="poa-form-notice-text"
        />
        <TagsInput
          label={t('poa.fields.affectedItems')}
          description={t('poa.form.affectedItemsHint')}
          placeholder={t('poa.form.affectedItemsPlaceholder')}
          splitChars={[',', ' ', ';']}
          clearable
          value={values.affectedItems}
          onChange={(items) => {
            const dropped = removedItems(values.affectedItems, items);
            if (dropped.length > 0) setMemory((current) => ({ ...current, dismissedItems: [...current.dismissedItems, ...dropped] }));
            setField('affectedItems', items);
          }}
          error={errors.affectedItems}
          clearButtonProps={{ 'aria-label': t('poa.form.clearItems') }}
          data-testid="poa-form-items"
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="poa-form-submit">
            {t('poa.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
