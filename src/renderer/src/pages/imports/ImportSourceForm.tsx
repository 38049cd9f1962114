import { Select, SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMappings } from '../../hooks/use-imports';
import { useStores } from '../../hooks/use-stores';
import { IMPORT_ENCODINGS, mappingChoiceFrom, mappingChoiceValue, mappingSelectData } from './import-options';
import type { ImportEncoding, ImportWorkbench } from './use-import-workbench';

/** Which store the file belongs to, how its columns map, and how its text is encoded. */
export function ImportSourceForm({ workbench }: { workbench: ImportWorkbench }) {
  const { t } = useTranslation();
  const stores = useStores();
  const mappings = useMappings();
  const { settings, fieldErrors, updateSettings } = workbench;

  const storeOptions = useMemo(
    () =>
      (stores.data ?? []).map((store) => ({
        value: store.id,
        label: `${store.displayName} · ${t(`platforms.${store.platform}`)} ${store.marketplace} · ${store.sellerId}`,
      })),
    [stores.data, t],
  );
  const mappingData = useMemo(() => mappingSelectData(t, mappings.data ?? [], settings.mapping), [mappings.data, settings.mapping, t]);
  const encodingData = useMemo(
    () => [
      { value: 'auto', label: t('imports.form.encodingAuto') },
      ...IMPORT_ENCODINGS.map((encoding) => ({ value: encoding, label: t(`imports.form.encodings.${encoding}`) })),
    ],
    [t],
  );

  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <Select<number>
        label={t('imports.form.store')}
        description={t('imports.form.storeHint')}
        placeholder={t('imports.form.storePlaceholder')}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('imports.form.clearStore') }}
        data={storeOptions}
        value={settings.storeId}
        onChange={(storeId) => updateSettings({ storeId })}
        error={fieldErrors.storeId}
        nothingFoundMessage={stores.isLoading ? t('common.loading') : t('common.nothingFound')}
        comboboxProps={{ width: 'target', position: 'bottom-start' }}
        data-testid="import-store"
      />
      <Select
        label={t('imports.form.mapping')}
        description={t('imports.form.mappingHint')}
        data={mappingData}
        value={mappingChoiceValue(settings.mapping)}
        onChange={(value) => updateSettings({ mapping: mappingChoiceFrom(value, settings.mapping) })}
        error={fieldErrors.mapping}
        allowDeselect={false}
        data-testid="import-mapping"
      />
      <Select
        label={t('imports.form.encoding')}
        description={t('imports.form.encodingHint')}
        data={encodingData}
        value={settings.encoding ?? 'auto'}
        onChange={(value) => updateSettings({ encoding: value === null || value === 'auto' ? null : (value as ImportEncoding) })}
        error={fieldErrors.encoding}
        allowDeselect={false}
        data-testid="import-encoding"
      />
    </SimpleGrid>
  );
}
