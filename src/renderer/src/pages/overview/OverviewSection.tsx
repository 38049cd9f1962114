import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled block of the overview, with an optional link or action on the right. */
export function OverviewSection({ title, hint, action, children, testId }: { title: string; hint?: string; action?: ReactNode; children: ReactNode; testId: string }) {
  return (
    <Stack gap="sm" component="section" aria-label={title} data-testid={testId}>
      <Group justify="space-between" align="flex-end" gap="xs">
        <div>
          <Title order={3} size="h4">
            {title}
          </Title>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {action}
      </Group>
      {children}
    </Stack>
  );
}
