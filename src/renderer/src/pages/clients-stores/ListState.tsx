import { Button, EmptyState, Paper } from '@mantine/core';
import { IconPlus, IconSearchOff, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ListEmptyProps {
  icon: Icon;
  filtered: boolean;
  title: string;
  description: string;
  newLabel: string;
  onNew: () => void;
}

/** Nothing to list: either nothing matches the filters, or nothing exists yet. */
export function ListEmpty({ icon: EntityIcon, filtered, title, description, newLabel, onNew }: ListEmptyProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" py={48} px="xl">
      {filtered ? (
        <EmptyState icon={<IconSearchOff size={28} />} title={t('common.noMatches')} description={t('common.noMatchesHint')} />
      ) : (
        <EmptyState icon={<EntityIcon size={28} />} variant="light" title={title} description={description}>
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} />} onClick={onNew}>
              {newLabel}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      )}
    </Paper>
  );
}
