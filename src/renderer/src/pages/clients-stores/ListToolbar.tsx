import { Button, Group, Switch, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ListToolbarProps {
  search: string;
  onSearchChange: (search: string) => void;
  searchPlaceholder: string;
  includeArchived: boolean;
  onIncludeArchivedChange: (include: boolean) => void;
  newLabel: string;
  onNew: () => void;
  /** Entity name used in test ids: `clients` or `stores`. */
  entity: 'clients' | 'stores';
  /** Extra filters between the search box and the switch. */
  filters?: ReactNode;
}

export function ListToolbar(props: ListToolbarProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mb="md" gap="md">
      <Group gap="md">
        <TextInput
          aria-label={t('common.search')}
          placeholder={props.searchPlaceholder}
          leftSection={<IconSearch size={16} />}
          value={props.search}
          onChange={(event) => props.onSearchChange(event.currentTarget.value)}
          w={280}
          data-testid={`${props.entity}-search`}
        />
        {props.filters}
        <Switch
          label={t('common.includeArchived')}
          checked={props.includeArchived}
          onChange={(event) => props.onIncludeArchivedChange(event.currentTarget.checked)}
          data-testid={`${props.entity}-include-archived`}
        />
      </Group>
      <Button leftSection={<IconPlus size={16} />} onClick={props.onNew} data-testid={`new-${props.entity.slice(0, -1)}`}>
        {props.newLabel}
      </Button>
    </Group>
  );
}
