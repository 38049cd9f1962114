import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { notifyError, notifySuccess } from '../../errors/notify-error';
import { useArchivePerson, usePeople, useScorecards } from '../../hooks/use-planning';
import { localToday } from '../../i18n/format-values';
import { periodOptions } from './planning-format';
import { PersonActions } from './PersonActions';
import { PersonFormModal, type EditedPerson } from './PersonFormModal';
import { PlanningTargetsTable } from './PlanningTargetsTable';
import { ScorecardTable } from './ScorecardTable';

/** Weighted attainment per person and per role for a period, process and result KPIs side by side. */
export function ScorecardsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const options = periodOptions(localToday());
  const period = params.get('period') ?? options[1]!;
  const card = useScorecards(period);
  /** The person in the form: null to add one, undefined while the form is closed. */
  const [editing, setEditing] = useState<EditedPerson | null | undefined>(undefined);
  const [archiving, setArchiving] = useState<EditedPerson | null>(null);
  // Archived people keep their history on the scorecard, but only the current ones can be changed.
  const current = new Set((usePeople().data ?? []).map((person) => person.id));
  const archive = useArchivePerson();
  const confirmArchive = (person: EditedPerson) =>
    archive.mutate(
      { id: person.id },
      {
        onSuccess: () => {
          notifySuccess(t('planning.people.archived', { name: person.name }));
          setArchiving(null);
        },
        onError: (failure) => notifyError(t, failure),
      },
    );
  return (
    <Stack gap="md">
      <PageHeader
        title={t('nav.scorecards')}
        description={t('planning.scorecards.description')}
        actions={
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setEditing(null)} miw="max-content" data-testid="add-person">
            {t('planning.people.add')}
          </Button>
        }
      />
      <Select
        label={t('planning.targets.period')}
        data={options}
        value={period}
        onChange={(value) => value && setParams({ period: value })}
        allowDeselect={false}
        w={180}
        data-testid="scorecard-period"
      />
      {card.isPending ? (
        <CenteredLoader />
      ) : card.error ? (
        <ErrorState error={card.error} onRetry={() => void card.refetch()} />
      ) : card.data.people.length === 0 && card.data.unowned.length === 0 ? (
        <Text c="dimmed" data-testid="scorecards-empty">
          {t('planning.scorecards.empty')}
        </Text>
      ) : (
        <>
          <Title order={4}>{t('planning.scorecards.people')}</Title>
          <ScorecardTable testId="scorecard-people" nameHeader={t('planning.scorecards.person')} rows={card.data.people.map((p) => {
              const person = { id: p.personId, name: p.name, role: p.role };
              const actions = current.has(p.personId) ? <PersonActions person={person} onEdit={() => setEditing(person)} onArchive={() => setArchiving(person)} /> : undefined;
              return { key: `p${p.personId}`, name: p.name, subtitle: t(`planning.roles.${p.role}`), entry: p, actions };
            })}
          />
          <Title order={4}>{t('planning.scorecards.roles')}</Title>
          <ScorecardTable testId="scorecard-roles" nameHeader={t('planning.scorecards.role')} rows={card.data.roles.map((r) => ({ key: r.role, name: t(`planning.roles.${r.role}`), subtitle: null, entry: r }))} />
          {card.data.unowned.length > 0 && (
            <>
              <Group gap="xs">
                <Title order={4}>{t('planning.scorecards.unowned')}</Title>
                <Text size="sm" c="dimmed">
                  {t('planning.scorecards.unownedHint')}
                </Text>
              </Group>
              <PlanningTargetsTable targets={card.data.unowned} testId="scorecard-unowned" showOwner={false} />
            </>
          )}
        </>
      )}
      {editing !== undefined && <PersonFormModal key={editing?.id ?? 'new'} person={editing} onClose={() => setEditing(undefined)} />}
      <ConfirmModal
        opened={archiving !== null}
        title={t('planning.people.archiveTitle', { name: archiving?.name ?? '' })}
        body={t('planning.people.archiveBody')}
        confirmLabel={t('planning.people.archiveConfirm')}
        loading={archive.isPending}
        onConfirm={() => archiving && confirmArchive(archiving)}
        onClose={() => setArchiving(null)}
      />
    </Stack>
  );
}
