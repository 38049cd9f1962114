import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Client } from '@shared/api/client-schemas';
import { LANGUAGES, type Language } from '@shared/domain/languages';
import { CurrencySelect } from '../../../components/CurrencySelect';
import { notifySuccess } from '../../../errors/notify-error';
import { fieldErrorsFromIssues, showServerError } from '../../../forms/apply-issues';
import { useFormFields } from '../../../forms/use-form-fields';
import { useCreateClient, useUpdateClient } from '../../../hooks/use-clients';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import {
  CLIENT_FORM_FIELDS,
  clientFormFrom,
  emptyClientForm,
  parseClientForm,
  type ClientFormValues,
} from './client-form-values';

interface ClientFormProps {
  /** The client being edited; null creates a new one. */
  client: Client | null;
  onClose: () => void;
}

/** Mounted fresh each time its modal opens, so the initial values need no resetting. */
export function ClientForm({ client, onClose }: ClientFormProps) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useUiLanguage();
  const form = useFormFields<ClientFormValues>(client ? clientFormFrom(client) : emptyClientForm(uiLanguage));
  const create = useCreateClient();
  const update = useUpdateClient();

  const submit = async () => {
    const parsed = parseClientForm(form.values);
    if (!parsed.ok) {
      form.setErrors(fieldErrorsFromIssues<ClientFormValues>(parsed.issues, CLIENT_FORM_FIELDS, t).errors);
      return;
    }
    try {
      if (client) await update.mutateAsync({ id: client.id, patch: parsed.input });
      else await create.mutateAsync(parsed.input);
      notifySuccess(t(client ? 'clients.notify.updated' : 'clients.notify.created', { name: parsed.input.name }));
      onClose();
    } catch (error) {
      showServerError<ClientFormValues>(error, CLIENT_FORM_FIELDS, t, form.setErrors);
    }
  };

  const { values, errors, setField } = form;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <TextInput
          label={t('fields.name')}
          withAsterisk
          value={values.name}
          onChange={(event) => setField('name', event.currentTarget.value)}
          error={errors.name}
          data-testid="client-name"
          data-autofocus
        />
        <SimpleGrid cols={2} spacing="md">
          <TextInput
            label={t('fields.contactName')}
            value={values.contactName}
            onChange={(event) => setField('contactName', event.currentTarget.value)}
            error={errors.contactName}
            data-testid="client-contact-name"
          />
          <TextInput
            label={t('fields.contactEmail')}
            type="email"
            value={values.contactEmail}
            onChange={(event) => setField('contactEmail', event.currentTarget.value)}
            error={errors.contactEmail}
            data-testid="client-contact-email"
          />
          <Select<Language>
            label={t('fields.language')}
            description={t('clients.form.languageHint')}
            withAsterisk
            data={LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
            value={values.language}
            onChange={(value) => setField('language', value)}
            error={errors.language}
            allowDeselect={false}
            data-testid="client-language"
          />
          <CurrencySelect
            label={t('fields.reportingCurrency')}
            description={t('clients.form.currencyHint')}
            withAsterisk
            value={values.reportingCurrency}
            onChange={(value) => setField('reportingCurrency', value)}
            error={errors.reportingCurrency}
            data-testid="client-currency"
          />
        </SimpleGrid>
        <Textarea
          label={t('fields.notes')}
          autosize
          minRows={3}
          maxRows={8}
          value={values.notes}
          onChange={(event) => setField('notes', event.currentTarget.value)}
          error={errors.notes}
          data-testid="client-notes"
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending} data-testid="client-submit">
            {t(client ? 'common.save' : 'clients.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
