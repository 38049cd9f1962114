import { Paper, Table, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

interface DataTableProps {
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  testId: string;
  horizontalSpacing?: MantineSpacing;
  children: ReactNode;
}

/** The framed, horizontally scrolling list table every list page uses. */
export function DataTable({ minWidth, testId, horizontalSpacing = 'md', children }: DataTableProps) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={minWidth}>
        <Table verticalSpacing="sm" horizontalSpacing={horizontalSpacing} highlightOnHover styles={{ th: { whiteSpace: 'nowrap' } }} data-testid={testId}>
          {children}
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
