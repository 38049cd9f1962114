import { Center, Loader, Stack, Text } from '@mantine/core';

export function CenteredLoader({ label, fullScreen = false }: { label?: string; fullScreen?: boolean }) {
  return (
    <Center mih={fullScreen ? '100vh' : 240}>
      <Stack align="center" gap="sm">
        <Loader />
        {label && (
          <Text c="dimmed" size="sm">
            {label}
          </Text>
        )}
      </Stack>
    </Center>
  );
}
