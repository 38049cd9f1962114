import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoaContent } from '@shared/api/poa-content-schemas';
import { POA_SECTIONS, type PoaLanguage, type PoaSection } from '@shared/domain/poa';
import { CenteredLoader } from '../../../components/CenteredLoader';
import { ErrorState } from '../../../components/ErrorState';
import { usePoaRevision } from '../../../hooks/use-poa';
import { formatDay } from '../../../i18n/format-values';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { countChanges, diffPoaRevisions, type EntryChange } from './diff-revisions';

const CHANGE_COLOR: Record<Exclude<EntryChange, 'same'>, MantineColor> = { added: 'green', removed: 'red', changed: 'yellow' };

type AnyEntry = PoaContent[PoaSection][number];

/** An entry as one side of the comparison shows it: its text and what is noted under it. */
function EntrySummary({ entry, content, lang }: { entry: AnyEntry; content: PoaContent; lang: PoaLanguage }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const notes: string[] = [];
  if ('date' in entry && entry.date) notes.push(t('poa.revisions.noteDate', { date: formatDay(entry.date, language) }));
  if ('owner' in entry && entry.owner.trim()) notes.push(t('poa.revisions.noteOwner', { owner: entry.owner }));
  if ('frequency' in entry && entry.frequency) notes.push(t(`poa.frequencies.${entry.frequency}`));
  if ('rootCauseId' in entry) {
    const index = content.rootCauses.findIndex((cause) => cause.id === entry.rootCauseId);
    notes.push(index === -1 ? t('poa.revisions.noteUnlinked') : t('poa.revisions.noteRootCause', { index: index + 1 }));
  }
  return (
    <Stack gap={2}>
      <Text size="sm" lang={lang} style={{ whiteSpace: 'pre-wrap' }}>
        {entry.text || t('poa.revisions.emptyText')}
      </Text>
      {notes.length > 0 && (
        <Text size="xs" c="dimmed">
          {notes.join(t('poa.revisions.noteSeparator'))}
        </Text>
      )}
    </Stack>
  );
}

function Side({ change, side, children }: { change: EntryChange; side: 'left' | 'right'; children?: ReactNode }) {
  const { t } = useTranslation();
  const marked = change !== 'same' && children !== undefined && !(change === 'added' && side === 'left') && !(change === 'removed' && side === 'right');
  const color = change === 'same' ? undefined : CHANGE_COLOR[change];
  return (
    <Paper
      withBorder={children !== undefined}
      radius="sm"
      p="xs"
      bg={marked && color ? `var(--mantine-color-${color}-light)` : undefined}
      data-change={marked ? change : undefined}
    >
      {marked && (
        <Badge size="xs" color={color} variant="filled" tt="none" mb={4}>
          {t(`poa.revisions.changes.${change as Exclude<EntryChange, 'same'>}`)}
        </Badge>
      )}
      {children}
    </Paper>
  );
}

interface RevisionComparisonProps {
  caseId: number;
  left: number;
  right: number;
  lang: PoaLanguage;
}

/** Two revisions side by side, section by section, entries aligned; added, removed and changed entries marked. */
export function RevisionComparison({ caseId, left, right, lang }: RevisionComparisonProps) {
  const { t } = useTranslation();
  const older = usePoaRevision(caseId, left);
  const newer = usePoaRevision(caseId, right);
  if (older.isPending || newer.isPending) return <CenteredLoader />;
  const error = older.error ?? newer.error;
  if (error) return <ErrorState error={error} />;
  const [a, b] = [older.data!.content, newer.data!.content];
  const diff = diffPoaRevisions(a, b);
  const counts = countChanges(diff);
  const heading = (revision: number) => (
    <Text size="sm" fw={600} c="dimmed">
      {t('poa.revisionNumber', { revision })}
    </Text>
  );
  return (
    <Stack gap="lg" data-testid="poa-comparison">
      <Group gap="xs">
        <Text size="sm">{t('poa.revisions.summary', { added: counts.added, removed: counts.removed, changed: counts.changed })}</Text>
        {diff.evidence.changed && (
          <Badge size="sm" variant="light" color="yellow" tt="none">
            {t('poa.revisions.evidenceChanged', { left: diff.evidence.left, right: diff.evidence.right })}
          </Badge>
        )}
      </Group>
      {POA_SECTIONS.map((section) => (
        <Stack key={section} gap="xs" data-testid={`poa-compare-${section}`}>
          <Title order={4} size="h5">
            {t(`poa.sections.${section}`)}
          </Title>
          <SimpleGrid cols={2} spacing="sm" verticalSpacing={6}>
            {heading(left)}
            {heading(right)}
            {diff.sections[section].length === 0 && (
              <Text size="sm" c="dimmed" style={{ gridColumn: 'span 2' }}>
                {t('poa.revisions.sectionEmpty')}
              </Text>
            )}
            {diff.sections[section].flatMap((row) => [
              <Side key={`${row.id}-l`} change={row.change} side="left">
                {row.left ? <EntrySummary entry={row.left} content={a} lang={lang} /> : undefined}
              </Side>,
              <Side key={`${row.id}-r`} change={row.change} side="right">
                {row.right ? <EntrySummary entry={row.right} content={b} lang={lang} /> : undefined}
              </Side>,
            ])}
          </SimpleGrid>
        </Stack>
      ))}
      {diff.additionalInformation.change !== 'same' || diff.additionalInformation.right !== '' ? (
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('poa.sections.additionalInformation')}
          </Title>
          <SimpleGrid cols={2} spacing="sm">
            <Side change={diff.additionalInformation.change} side="left">
              {diff.additionalInformation.left ? (
                <Text size="sm" lang={lang} style={{ whiteSpace: 'pre-wrap' }}>
                  {diff.additionalInformation.left}
                </Text>
              ) : undefined}
            </Side>
            <Side change={diff.additionalInformation.change} side="right">
              {diff.additionalInformation.right ? (
                <Text size="sm" lang={lang} style={{ whiteSpace: 'pre-wrap' }}>
                  {diff.additionalInformation.right}
                </Text>
              ) : undefined}
            </Side>
          </SimpleGrid>
        </Stack>
      ) : null}
    </Stack>
  );
}
