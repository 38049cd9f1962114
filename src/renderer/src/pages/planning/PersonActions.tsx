import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArchive, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EditedPerson } from './PersonFormModal';

/** A person's row buttons on the scorecard: rename or change role, and archive. */
export function PersonActions({ person, onEdit, onArchive }: { person: EditedPerson; onEdit: () => void; onArchive: () => void }) {
  const { t } = useTranslation();
  const edit = t('planning.people.edit', { name: person.name });
  const archive = t('planning.people.archive', { name: person.name });
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={edit}>
        <ActionIcon variant="subtle" aria-label={edit} onClick={onEdit} data-testid="person-edit">
          <IconPencil size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={archive}>
        <ActionIcon variant="subtle" color="red" aria-label={archive} onClick={onArchive} data-testid="person-archive">
          <IconArchive size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
