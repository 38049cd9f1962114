import { Badge, Center, EmptyState, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navArea, type AreaId } from '../../app-shell/nav-areas';
import { PageHeader } from '../../components/PageHeader';

export type UpcomingArea = Extract<AreaId, 'reviews'>;

/** An area on the roadmap: what it will do, instead of a blank or broken page. */
export function ComingSoonPage({ area }: { area: UpcomingArea }) {
  const { t } = useTranslation();
  const AreaIcon = navArea(area).icon;
  return (
    <>
      <PageHeader title={t(`nav.${area}`)} />
      <Paper withBorder radius="lg" py={64} px="xl" data-testid={`coming-soon-${area}`}>
        <EmptyState
          size="lg"
          variant="light"
          icon={<AreaIcon size={36} stroke={1.5} />}
          title={t(`comingSoon.areas.${area}.title`)}
          description={t(`comingSoon.areas.${area}.description`)}
        >
          <Center mt="md">
            <Badge variant="dot" size="lg" color="indigo">
              {t('comingSoon.badge')}
            </Badge>
          </Center>
        </EmptyState>
      </Paper>
    </>
  );
}
