import { SimpleGrid, Skeleton, Stack } from '@mantine/core';

/** The overview's shape while it loads, so nothing jumps when the numbers arrive. */
export function OverviewSkeleton() {
  return (
    <Stack gap="xl" aria-busy data-testid="overview-loading">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md">
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} h={92} radius="md" />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} h={92} radius="md" />
        ))}
      </SimpleGrid>
      <Skeleton h={420} radius="md" />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Skeleton h={220} radius="md" />
        <Skeleton h={220} radius="md" />
      </SimpleGrid>
    </Stack>
  );
}
