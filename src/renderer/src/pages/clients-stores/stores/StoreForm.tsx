import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Store } from '@shared/api/store-schemas';
import { MARKETPLACE_CODES, type Marketplace } from '@shared/domain/marketplaces';
import { PLATFORMS, STORE_STAGES, STORE_STATUSES, type Platform, type StoreStage, type StoreStatus } from '@shared/domain/stores';
import { CurrencySelect } from '../../../components/CurrencySelect';
import { notifySuccess } from '../../../errors/notify-error';
import { fieldErrorsFromIssues, showServerError } from '../../../forms/apply-issues';
import { useFormFields } from '../../../forms/use-form-fields';
import { useClients } from '../../../hooks/use-clients';
import { useCreateStore, useUpdateStore } from '../../../hooks/use-stores';
import { useDisplayNames } from '../../../i18n/use-display-names';
import {
  STORE_FORM_FIELDS,
  emptyStoreForm,
  parseStoreForm,
  storeFormFrom,
  withMarketplace,
  type StoreFormValues,
} from './store-form-values';
import { timeZoneOptions } from './time-zone-options';

interface StoreFormProps {
  /** The store being edited; null creates a new one. */
  store: Store | null;
  /** Preselected client for a new store. */
  defaultClientId: number | null;
  onClose: () => void;
}

/** Mounted fresh each time its modal opens, so the initial values need no resetting. */
export function StoreForm({ store, defaultClientId, onClose }: StoreFormProps) {
  const { t } = useTranslation();
  const names = useDisplayNames();
  const clients = useClients();
  const form = useFormFields<StoreFormValues>(store ? storeFormFrom(store) : emptyStoreForm(defaultClientId));
  const create = useCreateStore();
  const update = useUpdateStore();
  const { values, errors, setField, setValues } = form;

  const clientOptions = useMemo(() => {
    const options = (clients.data ?? []).map((client) => ({ value: client.id, label: client.name }));
    // An archived client is not listed, but a store of one must still show whose it is.
    if (store && !options.some((option) => option.value === store.clientId)) {
      options.push({ value: store.clientId, label: store.clientName });
    }
    return options;
  }, [clients.data, store]);
  const zones = useMemo(() => timeZoneOptions(values.timeZone), [values.timeZone]);

  const submit = async () => {
    const parsed = parseStoreForm(values);
    if (!parsed.ok) {
      form.setErrors(fieldErrorsFromIssues<StoreFormValues>(parsed.issues, STORE_FORM_FIELDS, t).errors);
      return;
    }
    try {
      if (store) await update.mutateAsync({ id: store.id, patch: parsed.input });
      else await create.mutateAsync(parsed.input);
      notifySuccess(t(store ? 'stores.notify.updated' : 'stores.notify.created', { name: parsed.input.displayName }));
      onClose();
    } catch (error) {
      showServerError<StoreFormValues>(error, STORE_FORM_FIELDS, t, form.setErrors);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="md" verticalSpacing="md">
          <Select<number>
            label={t('fields.client')}
            placeholder={t('stores.form.clientPlaceholder')}
            withAsterisk
            searchable
            data={clientOptions}
            value={values.clientId}
            onChange={(value) => setField('clientId', value)}
            error={errors.clientId}
            nothingFoundMessage={clients.isLoading ? t('common.loading') : t('common.nothingFound')}
            allowDeselect={false}
            data-testid="store-client"
          />
          <TextInput
            label={t('fields.displayName')}
            withAsterisk
            value={values.displayName}
            onChange={(event) => setField('displayName', event.currentTarget.value)}
            error={errors.displayName}
            data-testid="store-display-name"
          />
          <Select<Platform>
            label={t('fields.platform')}
            withAsterisk
            data={PLATFORMS.map((platform) => ({ value: platform, label: t(`platforms.${platform}`) }))}
            value={values.platform}
            onChange={(value) => setField('platform', value)}
            error={errors.platform}
            allowDeselect={false}
            data-testid="store-platform"
          />
          <Select<Marketplace>
            label={t('fields.marketplace')}
            withAsterisk
            searchable
            data={MARKETPLACE_CODES.map((code) => ({ value: code, label: `${names.country(code)} (${code})` }))}
            value={values.marketplace}
            onChange={(value) => setValues((current) => withMarketplace(current, value))}
            error={errors.marketplace}
            nothingFoundMessage={t('common.nothingFound')}
            allowDeselect={false}
            data-testid="store-marketplace"
          />
          <TextInput
            label={t('fields.sellerId')}
            description={t('stores.form.sellerIdHint')}
            withAsterisk
            value={values.sellerId}
            onChange={(event) => setField('sellerId', event.currentTarget.value)}
            error={errors.sellerId}
            data-testid="store-seller-id"
          />
          <Select<StoreStatus>
            label={t('fields.status')}
            description={t('stores.form.statusHint')}
            withAsterisk
            data={STORE_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
            value={values.status}
            onChange={(value) => setField('status', value)}
            error={errors.status}
            allowDeselect={false}
            data-testid="store-status"
          />
          <CurrencySelect
            label={t('fields.currency')}
            description={t('stores.form.currencyHint')}
            value={values.currency}
            onChange={(value) => setField('currency', value)}
            error={errors.currency}
            data-testid="store-currency"
          />
          <Select
            label={t('fields.timeZone')}
            description={t('stores.form.timeZoneHint')}
            searchable
            data={zones}
            value={values.timeZone || null}
            onChange={(value) => setField('timeZone', value ?? '')}
            error={errors.timeZone}
            nothingFoundMessage={t('common.nothingFound')}
            allowDeselect={false}
            data-testid="store-time-zone"
          />
          <Select<StoreStage>
            label={t('fields.stage')}
            withAsterisk
            data={STORE_STAGES.map((stage) => ({ value: stage, label: t(`stages.${stage}`) }))}
            value={values.stage}
            onChange={(value) => setField('stage', value)}
            error={errors.stage}
            allowDeselect={false}
            data-testid="store-stage"
          />
          <TextInput
            label={t('fields.category')}
            placeholder={t('stores.form.categoryPlaceholder')}
            value={values.category}
            onChange={(event) => setField('category', event.currentTarget.value)}
            error={errors.category}
            data-testid="store-category"
          />
          <TextInput
            label={t('fields.accountManager')}
            value={values.accountManager}
            onChange={(event) => setField('accountManager', event.currentTarget.value)}
            error={errors.accountManager}
            data-testid="store-account-manager"
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending} data-testid="store-submit">
            {t(store ? 'common.save' : 'stores.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
