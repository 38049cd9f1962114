import { Anchor, Badge, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { PoaCaseListItem } from '@shared/api/poa-schemas';
import { DataTable } from '../../../components/DataTable';
import { formatDay } from '../../../i18n/format-values';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { DeadlineBadge } from '../DeadlineBadge';
import { PoaStatusBadge } from '../PoaStatusBadge';
import { usePoaCaseTitle } from '../use-poa-case-title';
import { poaCaseHref } from './poa-list-filters';

export function PoaCasesTableSkeleton() {
  return (
    <Stack gap="xs" aria-busy data-testid="poa-loading">
      {Array.from({ length: 6 }, (_, index) => (
        <Skeleton key={index} h={52} radius="sm" />
      ))}
    </Stack>
  );
}

/** "11/23/26, 2:55 PM": short enough for a table cell. */
function formatShortDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

function WarningCount({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) {
    return (
      <Badge color="teal" variant="light" tt="none" miw="max-content" leftSection={<IconCircleCheck size={12} />}>
        {t('poa.list.noWarnings')}
      </Badge>
    );
  }
  return (
    <Badge color="orange" variant="light" tt="none" miw="max-content" leftSection={<IconAlertTriangle size={12} />}>
      {t('poa.list.warnings', { count })}
    </Badge>
  );
}

export function PoaCasesTable({ cases, today }: { cases: PoaCaseListItem[]; today: string }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const navigate = useNavigate();
  const caseTitle = usePoaCaseTitle();
  return (
    <DataTable minWidth={900} horizontalSpacing="xs" testId="poa-cases">
      <Table.Thead>
        <Table.Tr>
          <Table.Th miw={190}>{t('poa.list.columns.case')}</Table.Th>
          <Table.Th miw={130}>{t('poa.list.columns.store')}</Table.Th>
          <Table.Th>{t('poa.list.columns.noticeDate')}</Table.Th>
          <Table.Th>{t('poa.list.columns.deadline')}</Table.Th>
          <Table.Th>{t('poa.list.columns.status')}</Table.Th>
          <Table.Th>{t('poa.list.columns.warnings')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {cases.map((poaCase) => (
          <Table.Tr
            key={poaCase.id}
            onClick={() => navigate(poaCaseHref(poaCase.id))}
            style={{ cursor: 'pointer' }}
            data-testid="poa-case-row"
            data-case-id={poaCase.id}
          >
            <Table.Td>
              <Stack gap={2} align="flex-start">
                <Anchor component={Link} to={poaCaseHref(poaCase.id)} fw={600} size="sm" onClick={(event) => event.stopPropagation()}>
                  {caseTitle(poaCase)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('poa.list.typeAndLanguage', {
                    caseType: t(`poa.caseTypes.${poaCase.caseType}`),
                    language: t(`poa.documentLanguages.${poaCase.language}`),
                  })}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {poaCase.storeName}
                </Text>
                <Text size="xs" c="dimmed">
                  {poaCase.clientName}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatDay(poaCase.noticeDate, language)}
              </Text>
            </Table.Td>
            <Table.Td>
              <DeadlineBadge deadline={poaCase.deadline} status={poaCase.status} today={today} stacked />
            </Table.Td>
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <PoaStatusBadge status={poaCase.status} />
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t('poa.revisionNumber', { revision: poaCase.revision })}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <WarningCount count={poaCase.warningCount} />
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t('poa.list.savedAt', { date: formatShortDateTime(poaCase.savedAt, language) })}
                </Text>
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
