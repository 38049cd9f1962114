import { Group, Paper, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useUiLanguage } from '../../i18n/use-ui-language';

interface StatCardProps {
  label: string;
  value: number;
  icon: Icon;
  color: string;
  testId: string;
  /** The filtered view behind the number; the whole card is the link. */
  to: string;
  /** Read after the label and number by screen readers: "Breach 3 stores: open them in the matrix". */
  linkHint: string;
}

export function StatCard({ label, value, icon: StatIcon, color, testId, to, linkHint }: StatCardProps) {
  const { language } = useUiLanguage();
  return (
    <Paper
      component={Link}
      to={to}
      withBorder
      radius="md"
      p="md"
      td="none"
      c="inherit"
      shadow="xs"
      data-testid={testId}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <div>
          <Text size="sm" c="dimmed" fw={500}>
            {label}
          </Text>
          <Text fz={30} fw={700} lh={1.2} mt={4} c={value === 0 ? 'dimmed' : undefined} data-testid={`${testId}-value`}>
            {value.toLocaleString(language)}
          </Text>
          <VisuallyHidden>{linkHint}</VisuallyHidden>
        </div>
        <ThemeIcon size={40} radius="md" variant="light" color={color}>
          <StatIcon size={22} stroke={1.6} />
        </ThemeIcon>
      </Group>
    </Paper>
  );
}
