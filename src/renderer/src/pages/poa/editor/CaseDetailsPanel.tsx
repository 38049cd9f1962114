import { Paper, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PoaCase, PoaCasePatch } from '@shared/api/poa-schemas';
import { fieldErrorsFromIssues } from '../../../forms/apply-issues';
import { useFormFields } from '../../../forms/use-form-fields';
import { notifyError } from '../../../errors/notify-error';
import { toAppError } from '../../../errors/to-app-error';
import { useUpdatePoaCase } from '../../../hooks/use-poa';
import { useSyncedValue } from './use-synced-value';

type DetailValues = { title: string; noticeDate: string; deadline: string; noticeText: string; affectedItems: string[] };
const DETAIL_FIELDS = ['title', 'noticeDate', 'deadline', 'noticeText', 'affectedItems'] as const satisfies readonly (keyof DetailValues)[];

/**
 * The case's own facts: title and deadline may change at any time; the notice, its date and the
 * affected items only while the text may. Each change is saved as it is made (text fields on blur),
 * and the checks follow (an item added to the list must then be mentioned in the text).
 */
export function CaseDetailsPanel({ poaCase }: { poaCase: PoaCase }) {
  const { t } = useTranslation();
  const update = useUpdatePoaCase();
  const { errors, setErrors } = useFormFields<DetailValues>({ title: '', noticeDate: '', deadline: '', noticeText: '', affectedItems: [] });
  const [title, setTitle] = useSyncedValue(poaCase.title ?? '');
  const [noticeDate, setNoticeDate] = useSyncedValue(poaCase.noticeDate);
  const [deadline, setDeadline] = useSyncedValue(poaCase.deadline ?? '');
  const [noticeText, setNoticeText] = useSyncedValue(poaCase.noticeText);
  const [items, setItems] = useSyncedValue(poaCase.affectedItems);
  const locked = !poaCase.editable;

  const save = async (patch: PoaCasePatch) => {
    setErrors({});
    try {
      await update.mutateAsync({ id: poaCase.id, patch });
    } catch (error) {
      const { errors: fieldErrors, unmatched } = fieldErrorsFromIssues<DetailValues>(toAppError(error).details?.issues ?? [], DETAIL_FIELDS, t);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0 || unmatched.length > 0) notifyError(t, error);
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="poa-section-notice" data-testid="poa-case-details">
      <Title order={3} size="h4" id="poa-section-notice" mb={4}>
        {t('poa.details.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(locked ? 'poa.details.lockedHint' : 'poa.details.hint')}
      </Text>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('poa.fields.title')}
            value={title}
            maxLength={200}
            onChange={(event) => setTitle(event.currentTarget.value)}
            onBlur={() => title.trim() !== (poaCase.title ?? '') && void save({ title })}
            error={errors.title}
            data-testid="poa-detail-title"
          />
          <TextInput
            type="date"
            label={t('poa.fields.noticeDate')}
            value={noticeDate}
            readOnly={locked}
            onChange={(event) => setNoticeDate(event.currentTarget.value)}
            onBlur={() => noticeDate !== poaCase.noticeDate && noticeDate !== '' && void save({ noticeDate })}
            error={errors.noticeDate}
            data-testid="poa-detail-notice-date"
          />
          <TextInput
            type="date"
            label={t('poa.fields.deadline')}
            value={deadline}
            min={noticeDate || undefined}
            onChange={(event) => setDeadline(event.currentTarget.value)}
            onBlur={() => deadline !== (poaCase.deadline ?? '') && void save({ deadline: deadline || null })}
            error={errors.deadline}
            data-testid="poa-detail-deadline"
          />
        </SimpleGrid>
        <Textarea
          label={t('poa.fields.noticeText')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={20_000}
          value={noticeText}
          readOnly={locked}
          onChange={(event) => setNoticeText(event.currentTarget.value)}
          onBlur={() => noticeText !== poaCase.noticeText && void save({ noticeText })}
          error={errors.noticeText}
          data-testid="poa-detail-notice-text"
        />
        <TagsInput
          label={t('poa.fields.affectedItems')}
          description={locked ? undefined : t('poa.details.itemsHint')}
          splitChars={[',', ' ', ';']}
          value={items}
          readOnly={locked}
          onChange={(next) => {
            setItems(next);
            void save({ affectedItems: next });
          }}
          error={errors.affectedItems}
          data-testid="poa-detail-items"
        />
      </Stack>
    </Paper>
  );
}
