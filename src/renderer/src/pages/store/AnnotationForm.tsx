import { Button, Group, Textarea, TextInput } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../forms/use-form-fields';
import type { AnnotationFormValues } from './use-annotation-draft';

interface AnnotationFormProps {
  values: AnnotationFormValues;
  errors: FieldErrors<AnnotationFormValues>;
  setField: <K extends keyof AnnotationFormValues>(field: K, value: AnnotationFormValues[K]) => void;
  onSubmit: () => void;
  submitLabel: string;
  saving: boolean;
  maxDate: string;
  onCancel?: () => void;
  textRef?: Ref<HTMLTextAreaElement>;
  testId: string;
}

/** A day and a note; the backend checks both and its field issues show under the inputs. */
export function AnnotationForm({ values, errors, setField, onSubmit, submitLabel, saving, maxDate, onCancel, textRef, testId }: AnnotationFormProps) {
  const { t } = useTranslation();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      data-testid={testId}
    >
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          type="date"
          label={t('store.annotations.date')}
          withAsterisk
          value={values.date}
          max={maxDate}
          onChange={(event) => setField('date', event.currentTarget.value)}
          error={errors.date}
          w={170}
          data-testid="annotation-date"
        />
        <Textarea
          ref={textRef}
          label={t('store.annotations.text')}
          placeholder={t('store.annotations.textPlaceholder')}
          withAsterisk
          autosize
          minRows={1}
          maxRows={4}
          maxLength={500}
          value={values.text}
          onChange={(event) => setField('text', event.currentTarget.value)}
          error={errors.text}
          style={{ flex: 1, minWidth: 220 }}
          data-testid="annotation-text"
        />
      </Group>
      <Group justify="flex-end" gap="xs" mt="sm">
        {onCancel && (
          <Button variant="default" size="xs" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="submit" size="xs" loading={saving} data-testid="annotation-submit">
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}
