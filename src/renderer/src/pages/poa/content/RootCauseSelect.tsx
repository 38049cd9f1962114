import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface RootCauseSelectProps {
  value: string | null;
  options: { value: string; label: string }[];
  onChange: (rootCauseId: string | null) => void;
  readOnly: boolean;
  target: string;
}

/** Which root cause an action or a measure answers. */
export function RootCauseSelect({ value, options, onChange, readOnly, target }: RootCauseSelectProps) {
  const { t } = useTranslation();
  // A link to a root cause that was removed shows as no link, which is what the checks say too.
  const known = value !== null && options.some((option) => option.value === value) ? value : null;
  return (
    <Select
      label={t('poa.fields.answersRootCause')}
      placeholder={options.length === 0 ? t('poa.editor.noRootCauses') : t('poa.editor.chooseRootCause')}
      data={options}
      value={known}
      onChange={onChange}
      readOnly={readOnly}
      disabled={options.length === 0 && !readOnly}
      allowDeselect={false}
      comboboxProps={{ width: 420, position: 'bottom-start' }}
      data-poa-target={target}
    />
  );
}
