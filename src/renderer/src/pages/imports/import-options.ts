import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { TFunction } from 'i18next';
import { BUILT_IN_MAPPINGS, type BuiltInMappingName } from '@shared/api/column-mapping-schemas';
import { IMPORT_FORMATS, importPreviewInputSchema, type MappingPreset } from '@shared/api/import-schemas';
import type { MappingChoice } from './use-import-workbench';

/** The encodings the backend can be told to use, straight from the contract. */
export const IMPORT_ENCODINGS = importPreviewInputSchema.shape.encoding.unwrap().options;

const AUTO = '__auto__';
const INLINE = '__inline__';
const PRESET_PREFIX = 'preset:';

export function isBuiltInMappingName(name: string): name is BuiltInMappingName {
  return Object.hasOwn(BUILT_IN_MAPPINGS, name);
}

/** Built-in presets have translated names; saved ones keep the name their author gave. */
export function mappingName(t: TFunction, name: string): string {
  return isBuiltInMappingName(name) ? t(`imports.form.builtInNames.${name}`) : name;
}

export function mappingChoiceValue(choice: MappingChoice): string {
  if (choice.kind === 'auto') return AUTO;
  if (choice.kind === 'inline') return INLINE;
  return `${PRESET_PREFIX}${choice.name}`;
}

export function mappingChoiceFrom(value: string | null, inline: MappingChoice | null): MappingChoice {
  if (value === null || value === AUTO) return { kind: 'auto' };
  if (value === INLINE && inline?.kind === 'inline') return inline;
  return { kind: 'preset', name: value.slice(PRESET_PREFIX.length) };
}

/** Automatic first, then built-in and saved presets; "custom" only while an edited mapping is in use. */
export function mappingSelectData(
  t: TFunction,
  presets: readonly MappingPreset[],
  current: MappingChoice,
): (ComboboxItem | ComboboxItemGroup<ComboboxItem>)[] {
  const option = (preset: MappingPreset) => ({ value: `${PRESET_PREFIX}${preset.name}`, label: mappingName(t, preset.name) });
  const data: (ComboboxItem | ComboboxItemGroup<ComboboxItem>)[] = [{ value: AUTO, label: t('imports.form.mappingAuto') }];
  if (current.kind === 'inline') data.push({ value: INLINE, label: t('imports.form.mappingCustom') });
  const builtIn = presets.filter((preset) => preset.builtIn).map(option);
  const saved = presets.filter((preset) => !preset.builtIn).map(option);
  if (builtIn.length > 0) data.push({ group: t('imports.form.mappingGroups.builtIn'), items: builtIn });
  if (saved.length > 0) data.push({ group: t('imports.form.mappingGroups.saved'), items: saved });
  // A preset chosen before the list loaded (or removed since) still shows its name.
  if (current.kind === 'preset' && !presets.some((preset) => preset.name === current.name)) {
    data.push({ value: mappingChoiceValue(current), label: mappingName(t, current.name) });
  }
  return data;
}

/** Formats a batch in the history can have: the importer's, plus the generated demo data. */
const BATCH_FORMATS = [...IMPORT_FORMATS, 'demo'] as const;

export function isBatchFormat(format: string): format is (typeof BATCH_FORMATS)[number] {
  return (BATCH_FORMATS as readonly string[]).includes(format);
}
