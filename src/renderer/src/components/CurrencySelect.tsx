import { Select, type SelectProps } from '@mantine/core';
import { CURRENCIES, type Currency } from '@shared/domain/currencies';
import { useTranslation } from 'react-i18next';
import { useDisplayNames } from '../i18n/use-display-names';

type CurrencySelectProps = Omit<SelectProps<Currency>, 'data' | 'onChange'> & { onChange: (value: Currency | null) => void };

/** Every supported currency as "USD · US Dollar", named in the UI language. */
export function CurrencySelect(props: CurrencySelectProps) {
  const { t } = useTranslation();
  const names = useDisplayNames();
  return (
    <Select<Currency>
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('common.nothingFound')}
      data={CURRENCIES.map((code) => ({ value: code, label: `${code} · ${names.currency(code)}` }))}
      {...props}
    />
  );
}
