import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../errors/notify-error';
import { useExportMatrix } from '../../hooks/use-matrix';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { downloadExportedFile } from '../../files/download-exported-file';

interface ExportMenuProps {
  /** The stores of the view, in the order shown. */
  storeIds: readonly number[];
  metricKeys: readonly string[];
  /** The view's column set, sort and filters in words, listed in the file's "About" sheet. */
  filters: Record<string, string>;
  disabled: boolean;
}

/** Exports exactly the view on screen (these stores in this order, these columns) as CSV or XLSX, in the UI language. */
export function ExportMenu({ storeIds, metricKeys, filters, disabled }: ExportMenuProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const exportMatrix = useExportMatrix();

  const run = async (format: 'csv' | 'xlsx') => {
    try {
      const file = await exportMatrix.mutateAsync({ format, storeIds: [...storeIds], metricKeys: [...metricKeys], language, filters });
      downloadExportedFile(file);
      notifySuccess(t('matrix.export.done', { fileName: file.fileName }));
    } catch (error) {
      notifyError(t, error);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal disabled={disabled}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={exportMatrix.isPending}
          disabled={disabled}
          // Beside a long page description the button must keep its label whole.
          style={{ flex: 'none' }}
          data-testid="matrix-export"
        >
          {t('matrix.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('matrix.export.label')}</Menu.Label>
        <Menu.Item leftSection={<IconFileText size={16} />} onClick={() => void run('csv')} data-testid="matrix-export-csv">
          {t('matrix.export.csv')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void run('xlsx')} data-testid="matrix-export-xlsx">
          {t('matrix.export.xlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
