import { ActionIcon, Group, Paper, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoaWarning } from '@shared/api/poa-content-schemas';
import type { PoaSection } from '@shared/domain/poa';
import { targetKey } from '../checks/warning-target';
import { EntryWarnings } from './EntryWarnings';

interface EntryCardProps {
  section: PoaSection;
  id: string;
  /** "Root cause 2". */
  name: string;
  index: number;
  count: number;
  editable: boolean;
  warnings: readonly PoaWarning[];
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  children: ReactNode;
}

/** One numbered entry of a section with its controls: move up, move down, remove; its warnings below. */
export function EntryCard({ section, id, name, index, count, editable, warnings, onMove, onRemove, children }: EntryCardProps) {
  const { t } = useTranslation();
  const control = (field: 'up' | 'down' | 'remove') => targetKey({ part: section, entryId: id, field });
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid={`poa-entry-${section}`}
      data-entry-id={id}
      data-warnings={warnings.length}
      style={warnings.length > 0 ? { borderLeft: '3px solid var(--mantine-color-orange-filled)' } : undefined}
    >
      <Group justify="space-between" wrap="nowrap" mb={6} gap="xs">
        <Text fw={600} size="sm">
          {name}
        </Text>
        {editable && (
          <Group gap={4} wrap="nowrap">
            <Tooltip label={t('poa.editor.moveUp', { entry: name })} withArrow>
              <ActionIcon variant="subtle" color="gray" disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('poa.editor.moveUp', { entry: name })} data-poa-target={control('up')}>
                <IconArrowUp size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('poa.editor.moveDown', { entry: name })} withArrow>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={index === count - 1}
                onClick={() => onMove(1)}
                aria-label={t('poa.editor.moveDown', { entry: name })}
                data-poa-target={control('down')}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('poa.editor.remove', { entry: name })} withArrow>
              <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={t('poa.editor.remove', { entry: name })} data-poa-target={control('remove')}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      </Group>
      {children}
      <EntryWarnings warnings={warnings} />
    </Paper>
  );
}
