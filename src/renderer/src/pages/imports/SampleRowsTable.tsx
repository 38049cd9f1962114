import { Paper, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The header and first rows of a tabular file, exactly as read, so a wrong encoding or delimiter shows. */
export function SampleRowsTable({ header, rows }: { header: readonly string[]; rows: readonly (readonly string[])[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md">
      <ScrollArea.Autosize mah={280} type="auto" offsetScrollbars="x">
        <Table
          verticalSpacing={4}
          horizontalSpacing="sm"
          stickyHeader
          withColumnBorders
          styles={{ th: { whiteSpace: 'nowrap' }, td: { whiteSpace: 'nowrap', maxWidth: 280, overflow: 'hidden', textOverflow: 'ellipsis' } }}
          fz="xs"
          data-testid="import-sample"
        >
          <Table.Thead>
            <Table.Tr>
              {header.map((cell, index) => (
                <Table.Th key={index}>{cell}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, rowIndex) => (
              <Table.Tr key={rowIndex}>
                {header.map((_, index) => (
                  <Table.Td key={index} title={row[index]}>
                    {row[index] ?? ''}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed" p="sm">
          {t('imports.preview.noRows')}
        </Text>
      )}
    </Paper>
  );
}
