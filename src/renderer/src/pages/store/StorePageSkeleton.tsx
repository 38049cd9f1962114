import { Group, Paper, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Chart cards in the shape they will take, while the series load. */
export function ChartGridSkeleton({ count = 4 }: { count?: number }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" aria-busy="true" aria-label={t('common.loading')} data-testid="chart-grid-loading">
      {Array.from({ length: count }, (_, index) => (
        <Paper key={index} withBorder radius="md" p="md">
          <Group justify="space-between" mb="md">
            <Skeleton height={14} width="45%" />
            <Skeleton height={20} width={72} radius="xl" />
          </Group>
          <Skeleton height={220} />
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** The whole page while the store itself loads: header, then the charts. */
export function StorePageSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" aria-busy="true" aria-label={t('common.loading')} data-testid="store-loading">
      <Stack gap="sm">
        <Skeleton height={12} width={120} />
        <Skeleton height={30} width="40%" />
        <Group gap="sm">
          {[90, 80, 60, 70, 90].map((width, index) => (
            <Skeleton key={index} height={22} width={width} radius="xl" />
          ))}
        </Group>
      </Stack>
      <ChartGridSkeleton />
    </Stack>
  );
}
