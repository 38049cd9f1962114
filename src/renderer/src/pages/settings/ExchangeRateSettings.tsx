import { ActionIcon, Button, Group, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { IconCurrencyDollar, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '@shared/domain/currencies';
import { CenteredLoader } from '../../components/CenteredLoader';
import { CurrencySelect } from '../../components/CurrencySelect';
import { ErrorState } from '../../components/ErrorState';
import { notifyError, notifySuccess } from '../../errors/notify-error';
import { showServerError } from '../../forms/apply-issues';
import { useFxRates, useRemoveFxRate, useSetFxRate } from '../../hooks/use-fx';
import { localToday } from '../../i18n/format-values';
import { SettingsSection } from './SettingsSection';

interface RateForm {
  month: string;
  currency: Currency | null;
  quoteCurrency: Currency | null;
  rate: number | string;
}
const RATE_FIELDS = ['month', 'currency', 'quoteCurrency', 'rate'] as const;

/** Monthly FX rates for fee statements; saving an existing pair and month replaces its rate. */
export function ExchangeRateSettings() {
  const { t } = useTranslation();
  const rates = useFxRates();
  const save = useSetFxRate();
  const remove = useRemoveFxRate();
  const [form, setForm] = useState<RateForm>({ month: localToday().slice(0, 7), currency: 'USD', quoteCurrency: 'JPY', rate: '' });
  const [errors, setErrors] = useState<Partial<Record<(typeof RATE_FIELDS)[number], string>>>({});
  const set = (patch: Partial<RateForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setErrors({});
  };

  const submit = async () => {
    try {
      await save.mutateAsync({ month: form.month, currency: form.currency ?? 'USD', quoteCurrency: form.quoteCurrency ?? 'USD', rate: Number(form.rate) });
      notifySuccess(t('fx.saved'));
      set({ rate: '' });
    } catch (failure) {
      showServerError<RateForm>(failure, RATE_FIELDS, t, setErrors);
    }
  };

  return (
    <SettingsSection icon={IconCurrencyDollar} title={t('fx.title')} testId="settings-fx">
      <Text size="sm" c="dimmed">
        {t('fx.description')}
      </Text>
      <Group align="flex-start" gap="sm">
        <TextInput type="month" w={160} label={t('fx.month')} value={form.month} onChange={(event) => set({ month: event.currentTarget.value })} error={errors.month} />
        <CurrencySelect w={180} label={t('fx.from')} value={form.currency} onChange={(value) => set({ currency: value })} error={errors.currency} />
        <CurrencySelect w={180} label={t('fx.to')} value={form.quoteCurrency} onChange={(value) => set({ quoteCurrency: value })} error={errors.quoteCurrency} />
        <NumberInput w={140} label={t('fx.rate')} min={0} decimalScale={6} value={form.rate} onChange={(value) => set({ rate: value })} error={errors.rate} data-testid="fx-rate" />
        <Button mt={25} onClick={() => void submit()} loading={save.isPending} disabled={form.rate === ''}>
          {t('fx.add')}
        </Button>
      </Group>
      {rates.isPending && <CenteredLoader />}
      {rates.error && <ErrorState error={rates.error} onRetry={() => void rates.refetch()} />}
      {rates.data && rates.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('fx.empty')}
        </Text>
      )}
      {rates.data && rates.data.length > 0 && (
        <Table data-testid="fx-rates">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fx.month')}</Table.Th>
              <Table.Th>{t('fx.from')}</Table.Th>
              <Table.Th>{t('fx.to')}</Table.Th>
              <Table.Th>{t('fx.rate')}</Table.Th>
              <Table.Th aria-label={t('common.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rates.data.map((rate) => {
              const pair = `${rate.currency} → ${rate.quoteCurrency}`;
              return (
                <Table.Tr key={`${rate.month}-${pair}`}>
                  <Table.Td>{rate.month}</Table.Td>
                  <Table.Td>{rate.currency}</Table.Td>
                  <Table.Td>{rate.quoteCurrency}</Table.Td>
                  <Table.Td>
                    <Button variant="subtle" size="compact-sm" onClick={() => set({ month: rate.month, currency: rate.currency, quoteCurrency: rate.quoteCurrency, rate: rate.rate })}>
                      {rate.rate}
                    </Button>
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('fx.remove', { pair, month: rate.month })}
                      onClick={() =>
                        remove
                          .mutateAsync({ month: rate.month, currency: rate.currency, quoteCurrency: rate.quoteCurrency })
                          .then(() => notifySuccess(t('fx.removed')))
                          .catch((error: unknown) => notifyError(t, error))
                      }
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </SettingsSection>
  );
}
