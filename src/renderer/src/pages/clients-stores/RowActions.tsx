import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil, IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface RowActionsProps {
  name: string;
  archived: boolean;
  onEdit: () => void;
  onArchive: () => void;
  onRestore: () => void;
  /** Opens the targets & thresholds drawer; archived rows have none to edit. */
  onTargets?: () => void;
}

export function RowActions({ name, archived, onEdit, onArchive, onRestore, onTargets }: RowActionsProps) {
  const { t } = useTranslation();
  const editLabel = t('common.editNamed', { name });
  const toggleLabel = archived ? t('common.restoreNamed', { name }) : t('common.archiveNamed', { name });
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {onTargets && !archived && (
        <Tooltip label={t('targets.button')}>
          <ActionIcon variant="subtle" color="indigo" aria-label={t('targets.buttonNamed', { name })} onClick={onTargets} data-testid="row-targets">
            <IconTargetArrow size={17} />
          </ActionIcon>
        </Tooltip>
      )}
      <Tooltip label={t('common.edit')}>
        <ActionIcon variant="subtle" color="gray" aria-label={editLabel} onClick={onEdit}>
          <IconPencil size={17} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={archived ? t('common.restore') : t('common.archive')}>
        <ActionIcon
          variant="subtle"
          color={archived ? 'teal' : 'red'}
          aria-label={toggleLabel}
          onClick={archived ? onRestore : onArchive}
        >
          {archived ? <IconArrowBackUp size={17} /> : <IconArchive size={17} />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
