import { Button, Checkbox, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '@shared/api/app-error';
import type { Contract } from '@shared/api/agency-contract-schemas';
import { CONTRACT_TIERS, HOURLY_SLA_TERM_KINDS, SLA_CLOCKS, type ContractTier, type SlaClock } from '@shared/domain/agency-contracts';
import { CurrencySelect } from '../../components/CurrencySelect';
import { notifySuccess } from '../../errors/notify-error';
import { toAppError } from '../../errors/to-app-error';
import { fieldErrorsFromIssues, showServerError } from '../../forms/apply-issues';
import { useFormFields } from '../../forms/use-form-fields';
import { useClients } from '../../hooks/use-clients';
import { useCreateContract, useUpdateContract } from '../../hooks/use-contracts';
import { useStores } from '../../hooks/use-stores';
import { localToday } from '../../i18n/format-values';
import { timeZoneOptions } from '../clients-stores/stores/time-zone-options';
import {
  CONTRACT_FORM_FIELDS,
  contractFormFrom,
  emptyContractForm,
  formFieldOfIssue,
  parseContractForm,
  type ContractFormValues,
} from './contract-form-values';
import { FeeClausesEditor } from './FeeClausesEditor';
import { WEEKDAYS } from './weekdays';

interface ContractFormProps {
  contract: Contract | null;
  onClose: () => void;
}

/** Mounted fresh each time its modal opens. */
export function ContractForm({ contract, onClose }: ContractFormProps) {
  const { t } = useTranslation();
  const clients = useClients();
  const form = useFormFields<ContractFormValues>(contract ? contractFormFrom(contract) : emptyContractForm(null, localToday()));
  const { values, errors, setField, setValues } = form;
  const stores = useStores({ clientId: values.clientId ?? undefined });
  const create = useCreateContract();
  const update = useUpdateContract();
  const zones = useMemo(() => timeZoneOptions(values.timeZone), [values.timeZone]);
  const clientOptions = (clients.data ?? []).map((client) => ({ value: client.id, label: client.name }));
  if (contract && !clientOptions.some((option) => option.value === contract.clientId)) clientOptions.push({ value: contract.clientId, label: contract.clientName });
  const storeOptions = values.clientId === null ? [] : (stores.data ?? []).map((store) => ({ value: String(store.id), label: store.displayName }));

  const submit = async () => {
    const parsed = parseContractForm(values);
    if (!parsed.ok) {
      form.setErrors(fieldErrorsFromIssues<ContractFormValues>(parsed.issues, CONTRACT_FORM_FIELDS, t).errors);
      return;
    }
    try {
      if (contract) {
        const { clientId: _client, ...patch } = parsed.input;
        await update.mutateAsync({ id: contract.id, patch });
      } else await create.mutateAsync(parsed.input);
      notifySuccess(t(contract ? 'contracts.notify.updated' : 'contracts.notify.created', { name: parsed.input.name }));
      onClose();
    } catch (error) {
      const appError = toAppError(error);
      const issues = (appError.details?.issues ?? []).map((issue) => formFieldOfIssue({ ...issue, field: issue.field.replace(/^patch\./, '') }));
      showServerError<ContractFormValues>(new AppError(appError.code, appError.message, { ...appError.details, issues }), CONTRACT_FORM_FIELDS, t, form.setErrors);
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
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select<number>
            label={t('fields.client')}
            withAsterisk
            searchable
            disabled={contract !== null}
            data={clientOptions}
            value={values.clientId}
            onChange={(value) => setValues((current) => ({ ...current, clientId: value, storeIds: [] }))}
            error={errors.clientId}
            nothingFoundMessage={t('common.nothingFound')}
            allowDeselect={false}
            data-testid="contract-client"
          />
          <TextInput label={t('contracts.fields.name')} withAsterisk value={values.name} onChange={(event) => setField('name', event.currentTarget.value)} error={errors.name} data-testid="contract-name" />
          <Select<ContractTier>
            label={t('contracts.fields.tier')}
            withAsterisk
            data={CONTRACT_TIERS.map((tier) => ({ value: tier, label: t(`contracts.tiers.${tier}`) }))}
            value={values.tier}
            onChange={(value) => setField('tier', value)}
            error={errors.tier}
            allowDeselect={false}
          />
          <MultiSelect
            label={t('contracts.fields.stores')}
            withAsterisk
            searchable
            data={storeOptions}
            value={values.storeIds.map(String)}
            onChange={(ids) => setField('storeIds', ids.map(Number))}
            error={errors.storeIds}
            placeholder={values.clientId === null ? t('contracts.form.pickClientFirst') : undefined}
            nothingFoundMessage={t('common.nothingFound')}
            data-testid="contract-stores"
          />
          <TextInput type="date" label={t('contracts.fields.startDate')} withAsterisk value={values.startDate} onChange={(event) => setField('startDate', event.currentTarget.value)} error={errors.startDate} data-testid="contract-start" />
          <TextInput type="date" label={t('contracts.fields.endDate')} description={t('contracts.form.endDateHint')} value={values.endDate} onChange={(event) => setField('endDate', event.currentTarget.value)} error={errors.endDate} />
          <NumberInput label={t('contracts.fields.noticePeriodDays')} min={0} max={365} allowDecimal={false} value={values.noticePeriodDays} onChange={(value) => setField('noticePeriodDays', typeof value === 'number' ? value : '')} error={errors.noticePeriodDays} />
          <NumberInput label={t('contracts.fields.renewalReminderDays')} min={0} max={365} allowDecimal={false} value={values.renewalReminderDays} onChange={(value) => setField('renewalReminderDays', typeof value === 'number' ? value : '')} error={errors.renewalReminderDays} />
          <CurrencySelect label={t('fields.currency')} withAsterisk value={values.currency} onChange={(value) => setField('currency', value)} error={errors.currency} />
          <NumberInput label={t('contracts.fields.baseFee')} description={values.currency ?? undefined} min={0} thousandSeparator="," value={values.baseFee} onChange={(value) => setField('baseFee', typeof value === 'number' ? value : '')} error={errors.baseFee} data-testid="contract-base-fee" />
          <NumberInput label={t('contracts.fields.commissionPercent')} min={0} max={100} decimalScale={2} suffix=" %" value={values.commissionPercent} onChange={(value) => setField('commissionPercent', typeof value === 'number' ? value : '')} error={errors.commissionPercent} data-testid="contract-commission" />
          <Select label={t('fields.timeZone')} withAsterisk searchable data={zones} value={values.timeZone} onChange={(value) => setField('timeZone', value ?? '')} error={errors.timeZone} allowDeselect={false} nothingFoundMessage={t('common.nothingFound')} />
        </SimpleGrid>
        <Textarea label={t('contracts.fields.renewalTerms')} autosize minRows={2} value={values.renewalTerms} onChange={(event) => setField('renewalTerms', event.currentTarget.value)} error={errors.renewalTerms} />

        <Switch label={t('contracts.form.businessHours')} checked={values.businessHoursEnabled} onChange={(event) => setField('businessHoursEnabled', event.currentTarget.checked)} />
        {values.businessHoursEnabled && (
          <Stack gap="xs">
            <Checkbox.Group label={t('contracts.form.businessDays')} value={values.businessDays.map(String)} onChange={(days) => setField('businessDays', days.map(Number))} error={errors.businessDays}>
              <Group gap="sm" mt={4}>
                {WEEKDAYS.map((day) => (
                  <Checkbox key={day} value={String(day)} label={t(`contracts.weekdays.${day}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Group grow>
              <TextInput type="time" label={t('contracts.form.businessStart')} value={values.businessStart} onChange={(event) => setField('businessStart', event.currentTarget.value)} />
              <TextInput type="time" label={t('contracts.form.businessEnd')} value={values.businessEnd} onChange={(event) => setField('businessEnd', event.currentTarget.value)} />
            </Group>
          </Stack>
        )}

        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('contracts.form.slaTerms')}
          </Text>
          {HOURLY_SLA_TERM_KINDS.map((kind) => {
            const row = values.slaTerms[kind];
            const setRow = (patch: Partial<typeof row>) => setField('slaTerms', { ...values.slaTerms, [kind]: { ...row, ...patch } });
            return (
              <Group key={kind} align="flex-end" wrap="wrap" gap="sm">
                <Checkbox w={220} label={t(`sla.kinds.${kind}`)} checked={row.enabled} onChange={(event) => setRow({ enabled: event.currentTarget.checked })} data-testid={`sla-term-${kind}`} />
                <NumberInput w={120} label={t('contracts.form.hours')} min={0.5} max={720} disabled={!row.enabled} value={row.hours} onChange={(value) => setRow({ hours: typeof value === 'number' ? value : '' })} aria-label={`${t(`sla.kinds.${kind}`)} · ${t('contracts.form.hours')}`} />
                <Select<SlaClock>
                  w={180}
                  label={t('contracts.form.clock')}
                  disabled={!row.enabled}
                  data={SLA_CLOCKS.map((clock) => ({ value: clock, label: t(`sla.clocks.${clock}`) }))}
                  value={row.clock}
                  onChange={(value) => value && setRow({ clock: value })}
                  allowDeselect={false}
                  aria-label={`${t(`sla.kinds.${kind}`)} · ${t('contracts.form.clock')}`}
                />
              </Group>
            );
          })}
          <Group align="flex-end" gap="sm">
            <Checkbox w={220} label={t('sla.kinds.monthly_review')} checked={values.monthlyReviewEnabled} onChange={(event) => setField('monthlyReviewEnabled', event.currentTarget.checked)} />
            <NumberInput w={180} label={t('contracts.form.reviewDay')} min={1} max={28} allowDecimal={false} disabled={!values.monthlyReviewEnabled} value={values.monthlyReviewDay} onChange={(value) => setField('monthlyReviewDay', typeof value === 'number' ? value : '')} />
          </Group>
          {errors.slaTerms && (
            <Text c="red" size="sm">
              {errors.slaTerms}
            </Text>
          )}
        </Stack>

        <FeeClausesEditor rows={values.feeClauses} stores={storeOptions} currency={values.currency ?? ''} error={errors.feeClauses} onChange={(rows) => setField('feeClauses', rows)} />

        <Textarea label={t('contracts.fields.exitTerms')} autosize minRows={2} value={values.exitTerms} onChange={(event) => setField('exitTerms', event.currentTarget.value)} error={errors.exitTerms} />
        <Textarea label={t('contracts.fields.handoverNotes')} autosize minRows={2} value={values.handoverNotes} onChange={(event) => setField('handoverNotes', event.currentTarget.value)} error={errors.handoverNotes} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending} data-testid="contract-save">
            {t(contract ? 'common.save' : 'contracts.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
