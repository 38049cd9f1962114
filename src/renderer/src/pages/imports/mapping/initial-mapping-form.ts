import type { MappingPreset } from '@shared/api/import-schemas';
import type { MappingChoice } from '../use-import-workbench';
import { guessMappingForm, mappingFormFrom, type MappingFormValues } from './mapping-form-values';

/**
 * Where the editor starts: the mapping the preview used (edited, chosen or detected), laid over
 * this file's header; a guess from the header names when nothing fitted.
 */
export function initialMappingForm(
  header: readonly string[],
  choice: MappingChoice,
  usedName: string | null,
  presets: readonly MappingPreset[],
): MappingFormValues {
  if (choice.kind === 'inline') return mappingFormFrom(choice.mapping, header);
  const name = choice.kind === 'preset' ? choice.name : usedName;
  const preset = presets.find((candidate) => candidate.name === name);
  return preset ? mappingFormFrom(preset.mapping, header) : guessMappingForm(header);
}
