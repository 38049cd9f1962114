import { Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function SettingsSection({ icon: SectionIcon, title, children, testId }: { icon: Icon; title: string; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder radius="md" p="xl" data-testid={testId}>
      <Group gap="sm" mb="lg">
        <ThemeIcon variant="light" radius="md" size="lg">
          <SectionIcon size={20} stroke={1.6} />
        </ThemeIcon>
        <Title order={4}>{title}</Title>
      </Group>
      <Stack gap="lg">{children}</Stack>
    </Paper>
  );
}

/** A label and a value, side by side, for read-only facts. */
export function SettingsFact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="md" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={160} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Group>
  );
}
