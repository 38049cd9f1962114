import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconClipboardText, IconDownload, IconFileText, IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PoaExportFormat } from '@shared/domain/poa';
import { notifyError, notifySuccess } from '../../../errors/notify-error';
import { base64ToBytes, downloadExportedFile } from '../../../files/download-exported-file';
import { useExportPoa } from '../../../hooks/use-poa';

interface ExportMenuProps {
  caseId: number;
  /** A revision of the past; the current one when omitted. */
  revision?: number;
  /** Saves the text first (the export reads what the backend holds); false when it could not. */
  flush?: () => Promise<boolean>;
  size?: 'xs' | 'sm';
}

const FORMATS: readonly { format: PoaExportFormat; icon: typeof IconFileText }[] = [
  { format: 'docx', icon: IconFileTypeDocx },
  { format: 'pdf', icon: IconFileTypePdf },
  { format: 'txt', icon: IconFileText },
];

/** DOCX, PDF or text downloads of the plan in its document language, and its text copied for the appeal form. */
export function ExportMenu({ caseId, revision, flush, size = 'sm' }: ExportMenuProps) {
  const { t } = useTranslation();
  const exporter = useExportPoa();

  const exported = async (format: PoaExportFormat) => {
    if (flush && !(await flush())) {
      notifications.show({ color: 'red', title: t('poa.export.notSavedTitle'), message: t('poa.export.notSavedBody'), autoClose: 8000 });
      return null;
    }
    try {
      return await exporter.mutateAsync({ id: caseId, format, revision });
    } catch (error) {
      notifyError(t, error);
      return null;
    }
  };

  const download = async (format: PoaExportFormat) => {
    const file = await exported(format);
    if (file) downloadExportedFile(file);
  };

  const copyText = async () => {
    const file = await exported('txt');
    if (!file) return;
    const text = new TextDecoder('utf-8').decode(base64ToBytes(file.base64));
    try {
      await navigator.clipboard.writeText(text);
      notifySuccess(t('poa.export.copied', { count: [...text].length }));
    } catch {
      notifications.show({ color: 'red', title: t('poa.export.clipboardTitle'), message: t('poa.export.clipboardRefused'), autoClose: 10_000 });
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size={size}
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={exporter.isPending}
          data-testid={revision === undefined ? 'poa-export' : `poa-export-r${revision}`}
        >
          {t('poa.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {FORMATS.map(({ format, icon: FormatIcon }) => (
          <Menu.Item key={format} leftSection={<FormatIcon size={16} />} onClick={() => void download(format)} data-testid={`poa-export-${format}`}>
            {t(`poa.export.formats.${format}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconClipboardText size={16} />} onClick={() => void copyText()} data-testid="poa-export-copy">
          {t('poa.export.copy')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
