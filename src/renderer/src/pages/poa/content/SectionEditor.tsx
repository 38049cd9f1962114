import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoaWarning } from '@shared/api/poa-content-schemas';
import type { PoaSection } from '@shared/domain/poa';
import { targetKey, warningsOfEntry } from '../checks/warning-target';
import { describeEntry } from '../checks/describe-poa-warning';
import { EntryCard } from './EntryCard';
import { SECTION_LIMIT } from './entry-ids';
import { EntryWarnings } from './EntryWarnings';

interface SectionEditorProps<E extends { id: string }> {
  section: PoaSection;
  entries: readonly E[];
  editable: boolean;
  warnings: readonly PoaWarning[];
  /** Characters written in the section. */
  length: number;
  onAdd: () => void;
  onMove: (entry: E, index: number, offset: -1 | 1) => void;
  onRemove: (entry: E, index: number) => void;
  renderFields: (entry: E, name: string) => ReactNode;
  /** Beside the heading (e.g. the suggestions button of the root causes). */
  extra?: ReactNode;
}

/** One of the three sections Amazon asks for: an ordered list of entries, each editable, movable and removable. */
export function SectionEditor<E extends { id: string }>({
  section,
  entries,
  editable,
  warnings,
  length,
  onAdd,
  onMove,
  onRemove,
  renderFields,
  extra,
}: SectionEditorProps<E>) {
  const { t } = useTranslation();
  const full = entries.length >= SECTION_LIMIT[section];
  const headingId = `poa-section-${section}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId} data-testid={`poa-section-${section}`}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Group gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {t(`poa.sections.${section}`)}
          </Title>
          <Badge variant="default" tt="none">
            {t('poa.editor.entryCount', { count: entries.length })}
          </Badge>
          <Text size="xs" c="dimmed">
            {t('poa.checks.characters', { count: length })}
          </Text>
        </Group>
        {extra}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`poa.editor.sectionHints.${section}`)}
      </Text>
      <EntryWarnings warnings={warningsOfEntry(warnings, section, null)} />
      <Stack gap="sm" mt={entries.length > 0 ? 'sm' : 0}>
        {entries.map((entry, index) => {
          const name = describeEntry(t, section, index + 1);
          return (
            <EntryCard
              key={entry.id}
              section={section}
              id={entry.id}
              name={name}
              index={index}
              count={entries.length}
              editable={editable}
              warnings={warningsOfEntry(warnings, section, entry.id)}
              onMove={(offset) => onMove(entry, index, offset)}
              onRemove={() => onRemove(entry, index)}
            >
              {renderFields(entry, name)}
            </EntryCard>
          );
        })}
      </Stack>
      {editable && (
        <Group mt="sm">
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={onAdd}
            disabled={full}
            data-poa-target={targetKey({ part: section, entryId: null, field: 'add' })}
            data-testid={`poa-add-${section}`}
          >
            {t(`poa.editor.add.${section}`)}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
