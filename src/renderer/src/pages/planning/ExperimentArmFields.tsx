import { Fieldset, MultiSelect, SimpleGrid } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../hooks/use-stores';

export interface ArmDraft {
  storeIds: string[];
  from: string | null;
  to: string | null;
}

function day(value: unknown): string | null {
  if (typeof value === 'string') return value.slice(0, 10);
  return value instanceof Date ? value.toISOString().slice(0, 10) : null;
}

/** Stores and days of one arm of an experiment: other stores over the same days, or the same store before. */
export function ExperimentArmFields({ legend, arm, onChange, testId }: { legend: string; arm: ArmDraft; onChange: (arm: ArmDraft) => void; testId: string }) {
  const { t } = useTranslation();
  const stores = useStores();
  return (
    <Fieldset legend={legend} data-testid={testId}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t('planning.experiments.stores')}
          data={(stores.data ?? []).map((s) => ({ value: String(s.id), label: s.displayName }))}
          value={arm.storeIds}
          onChange={(storeIds) => onChange({ ...arm, storeIds })}
          searchable
          required
        />
        <DatePickerInput
          type="range"
          label={t('planning.experiments.days')}
          value={[arm.from, arm.to]}
          onChange={([from, to]) => onChange({ ...arm, from: day(from), to: day(to) })}
          required
        />
      </SimpleGrid>
    </Fieldset>
  );
}
