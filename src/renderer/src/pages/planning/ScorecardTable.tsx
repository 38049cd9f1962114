import { ActionIcon, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scorecard } from '@shared/api/planning-schemas';
import { DataTable } from '../../components/DataTable';
import { PlanningTargetsTable } from './PlanningTargetsTable';
import { ScoreCell } from './ScoreCell';

type Entry = Scorecard['people'][number] | Scorecard['roles'][number];

export interface ScorecardRow {
  key: string;
  name: string;
  /** The person's role under the name; none for a role's own row. */
  subtitle: string | null;
  entry: Entry;
  /** Buttons at the end of the row (a person's edit and archive); none for a role. */
  actions?: ReactNode;
}

/** One row per person (or role): overall, process and result scores; a row opens to the targets behind them. */
export function ScorecardTable({ rows, nameHeader, testId }: { rows: ScorecardRow[]; nameHeader: string; testId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const withActions = rows.some((row) => row.actions !== undefined);
  return (
    <DataTable minWidth={760} testId={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>
            <VisuallyHidden>{t('planning.scorecards.details')}</VisuallyHidden>
          </Table.Th>
          <Table.Th>{nameHeader}</Table.Th>
          <Table.Th>{t('planning.scorecards.score')}</Table.Th>
          <Table.Th>{t('planning.scorecards.process')}</Table.Th>
          <Table.Th>{t('planning.scorecards.result')}</Table.Th>
          <Table.Th>{t('planning.scorecards.targets')}</Table.Th>
          <Table.Th>{t('planning.scorecards.noData')}</Table.Th>
          {withActions && (
            <Table.Th>
              <VisuallyHidden>{t('planning.people.actions')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ key, name, subtitle, entry, actions }) => {
          const expanded = open === key;
          return (
            <Fragment key={key}>
              <Table.Tr data-scorecard={name}>
                <Table.Td w={40}>
                  <ActionIcon
                    variant="subtle"
                    aria-expanded={expanded}
                    aria-label={t(expanded ? 'planning.scorecards.hideTargets' : 'planning.scorecards.showTargets', { name })}
                    onClick={() => setOpen(expanded ? null : key)}
                  >
                    {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                  </ActionIcon>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {name}
                  </Text>
                  {subtitle && (
                    <Text size="xs" c="dimmed">
                      {subtitle}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <ScoreCell score={entry.score} label={t('planning.scorecards.scoreOf', { name })} />
                </Table.Td>
                <Table.Td>
                  <ScoreCell score={entry.process.score} label={t('planning.scorecards.processOf', { name })} />
                </Table.Td>
                <Table.Td>
                  <ScoreCell score={entry.result.score} label={t('planning.scorecards.resultOf', { name })} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.targets.length}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={entry.weightMissing > 0 ? 'orange' : 'dimmed'}>
                    {entry.weightMissing > 0 ? t('planning.scorecards.missingWeight', { weight: entry.weightMissing }) : t('common.none')}
                  </Text>
                </Table.Td>
                {withActions && <Table.Td w={80}>{actions}</Table.Td>}
              </Table.Tr>
              {expanded && (
                <Table.Tr>
                  <Table.Td colSpan={withActions ? 8 : 7} bg="var(--mantine-color-default-hover)">
                    <PlanningTargetsTable targets={entry.targets} testId="scorecard-targets" showOwner={!('personId' in entry)} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </DataTable>
  );
}
