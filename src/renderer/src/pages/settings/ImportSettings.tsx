import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_MEGABYTES } from '@shared/api/settings-schemas';
import { WorkspaceNumberSetting } from './WorkspaceNumberSetting';

/** The largest file the workspace takes for import; bigger ones are refused before parsing. */
export function ImportSettings() {
  const { t } = useTranslation();
  return (
    <WorkspaceNumberSetting
      field="maxImportMegabytes"
      icon={IconFileImport}
      text={{
        title: t('settings.imports.title'),
        label: t('settings.imports.maxSize'),
        hint: t('settings.imports.maxSizeHint', { max: MAX_IMPORT_MEGABYTES }),
        unit: 'MB',
        saved: t('settings.imports.saved'),
      }}
      min={1}
      max={MAX_IMPORT_MEGABYTES}
      testId="settings-imports"
    />
  );
}
