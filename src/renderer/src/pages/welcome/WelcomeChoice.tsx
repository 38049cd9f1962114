import { Button, Card, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

interface WelcomeChoiceProps {
  icon: Icon;
  color: string;
  title: string;
  description: string;
  buttonLabel: string;
  loading: boolean;
  disabled: boolean;
  onChoose: () => void;
  testId: string;
  primary?: boolean;
}

export function WelcomeChoice(props: WelcomeChoiceProps) {
  const { icon: ChoiceIcon } = props;
  return (
    <Card withBorder radius="lg" padding="xl" shadow={props.primary ? 'sm' : undefined}>
      <Stack gap="md" h="100%">
        <ThemeIcon size={48} radius="md" variant="light" color={props.color}>
          <ChoiceIcon size={26} stroke={1.6} />
        </ThemeIcon>
        <Title order={3}>{props.title}</Title>
        <Text c="dimmed" size="sm" style={{ flexGrow: 1 }}>
          {props.description}
        </Text>
        <Button
          size="md"
          variant={props.primary ? 'filled' : 'default'}
          loading={props.loading}
          disabled={props.disabled}
          onClick={props.onChoose}
          data-testid={props.testId}
          fullWidth
        >
          {props.buttonLabel}
        </Button>
      </Stack>
    </Card>
  );
}
