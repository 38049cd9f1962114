import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useScorecards } from '../../hooks/use-planning';
import { localToday } from '../../i18n/format-values';
import { periodOptions } from './planning-format';
import { PersonFormModal } from './PersonFormModal';
import { PlanningTargetsTable } from './PlanningTargetsTable';
import { ScorecardTable } from './ScorecardTable';

/** Weighted attainment per person and per role for a period, process and result KPIs side by side. */
export function ScorecardsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const options = periodOptions(localToday());
  const period = params.get('period') ?? options[1]!;
  const card = useScorecards(period);
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('nav.scorecards')}
        description={t('planning.scorecards.description')}
        actions={
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)} miw="max-content" data-testid="add-person">
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
          <ScorecardTable testId="scorecard-people" nameHeader={t('planning.scorecards.person')} rows={card.data.people.map((p) => ({ key: `p${p.personId}`, name: p.name, subtitle: t(`planning.roles.${p.role}`), entry: p }))} />
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
      <PersonFormModal opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
