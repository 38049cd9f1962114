import { ActionIcon, Group, Menu, Select } from '@mantine/core';
import { IconColumns3, IconDotsVertical, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ColumnSet } from '@shared/api/column-set-schemas';
import { COLUMN_PRESET_KEYS, isColumnPresetKey } from '@shared/metrics/column-presets';
import { choiceValue } from './column-set-choice';
import type { ColumnChoice } from './matrix-view-state';

interface ColumnSetPickerProps {
  choice: ColumnChoice;
  /** Undefined while loading or when the workspace cannot list them: the presets still work. */
  savedSets: readonly ColumnSet[] | undefined;
  onChange: (choice: ColumnChoice) => void;
  /** Opens the editor with the columns on screen (editing the saved set when one is shown). */
  onEditColumns: () => void;
  onNew: () => void;
  onRemove: (set: ColumnSet) => void;
}

/** Built-in presets and the workspace's own sets in one list, with the actions on the chosen set beside it. */
export function ColumnSetPicker({ choice, savedSets, onChange, onEditColumns, onNew, onRemove }: ColumnSetPickerProps) {
  const { t } = useTranslation();
  const saved = choice.kind === 'saved' ? savedSets?.find((set) => set.id === choice.id) : undefined;
  const data = [
    ...(choice.kind === 'adhoc' ? [{ group: t('matrix.columnSets.currentGroup'), items: [{ value: 'adhoc', label: t('matrix.columnSets.adhoc') }] }] : []),
    {
      group: t('matrix.columnSets.presetsGroup'),
      items: COLUMN_PRESET_KEYS.map((preset) => ({ value: `preset:${preset}`, label: t(`matrix.columnSets.presets.${preset}`) })),
    },
    ...(savedSets && savedSets.length > 0
      ? [{ group: t('matrix.columnSets.savedGroup'), items: savedSets.map((set) => ({ value: `saved:${set.id}`, label: set.name })) }]
      : []),
  ];

  const choose = (value: string | null) => {
    const [kind, key] = (value ?? '').split(':');
    if (kind === 'preset' && key && isColumnPresetKey(key)) onChange({ kind: 'preset', preset: key });
    else if (kind === 'saved' && key) onChange({ kind: 'saved', id: Number(key) });
  };

  return (
    <Group gap={4} wrap="nowrap">
      <Select
        aria-label={t('matrix.columnSets.label')}
        leftSection={<IconColumns3 size={16} />}
        data={data}
        value={choiceValue(choice)}
        onChange={choose}
        allowDeselect={false}
        w={250}
        comboboxProps={{ width: 300, position: 'bottom-start' }}
        data-testid="matrix-column-set"
      />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size="input-sm" aria-label={t('matrix.columnSets.menu')} data-testid="matrix-column-set-menu">
            <IconDotsVertical size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEditColumns} data-testid="matrix-edit-columns">
            {t(saved ? 'matrix.columnSets.edit' : 'matrix.columnSets.customise')}
          </Menu.Item>
          <Menu.Item leftSection={<IconPlus size={14} />} onClick={onNew} data-testid="matrix-new-column-set">
            {t('matrix.columnSets.new')}
          </Menu.Item>
          {saved && (
            <>
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onRemove(saved)} data-testid="matrix-remove-column-set">
                {t('matrix.columnSets.remove', { name: saved.name })}
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
