import { Group, Paper, Text, ThemeIcon } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { useUiLanguage } from '../../i18n/use-ui-language';

interface StatCardProps {
  label: string;
  value: number;
  icon: Icon;
  color: string;
  testId: string;
}

export function StatCard({ label, value, icon: StatIcon, color, testId }: StatCardProps) {
  const { language } = useUiLanguage();
  return (
    <Paper withBorder radius="md" p="lg" data-testid={testId}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm" c="dimmed" fw={500}>
            {label}
          </Text>
          <Text fz={32} fw={700} lh={1.2} mt={4}>
            {value.toLocaleString(language)}
          </Text>
        </div>
        <ThemeIcon size={44} radius="md" variant="light" color={color}>
          <StatIcon size={24} stroke={1.6} />
        </ThemeIcon>
      </Group>
    </Paper>
  );
}
