import { Group, Paper, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GRID_SIZES } from './grid-sizes';

const ROWS = 10;
const COLUMNS = 6;

/** The grid's shape while the matrix loads: a header, sticky store names and a few columns of cells. */
export function MatrixSkeleton() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" h="100%" style={{ overflow: 'hidden' }} aria-busy="true" data-testid="matrix-loading">
      <VisuallyHidden role="status">{t('matrix.loading')}</VisuallyHidden>
      <Group h={GRID_SIZES.header} px="sm" gap="md" wrap="nowrap" bg="var(--mantine-color-default-hover)" align="flex-end" pb={8}>
        <Skeleton h={12} w={GRID_SIZES.store - 40} radius="sm" animate={false} />
        <Skeleton h={12} w={GRID_SIZES.health - 24} radius="sm" animate={false} />
        {Array.from({ length: COLUMNS }, (_, column) => (
          <Skeleton key={column} h={12} w={GRID_SIZES.metric - 24} radius="sm" animate={false} />
        ))}
      </Group>
      <Stack gap={0}>
        {Array.from({ length: ROWS }, (_, row) => (
          <Group key={row} h={GRID_SIZES.row} px="sm" gap="md" wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <Stack gap={6} w={GRID_SIZES.store - 40}>
              <Skeleton h={10} w={`${70 - ((row * 13) % 30)}%`} radius="sm" />
              <Skeleton h={8} w="45%" radius="sm" />
            </Stack>
            <Skeleton h={12} w={GRID_SIZES.health - 24} radius="sm" />
            {Array.from({ length: COLUMNS }, (_, column) => (
              <Skeleton key={column} h={12} w={GRID_SIZES.metric - 24 - ((row + column) % 3) * 12} radius="sm" />
            ))}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
