import { Box, Center, Container, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingWarehouse, IconFile, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../../components/LanguageSelect';
import { notifyError } from '../../errors/notify-error';
import { useInitialiseWorkspace } from '../../hooks/use-workspace';
import { WelcomeChoice } from './WelcomeChoice';

/** First launch: fill the workspace with demo data, or start with nothing. */
export function WelcomePage() {
  const { t } = useTranslation();
  const initialise = useInitialiseWorkspace();
  const choose = (mode: 'demo' | 'empty') => initialise.mutate({ mode }, { onError: (error) => notifyError(t, error) });
  const pendingMode = initialise.isPending ? initialise.variables?.mode : undefined;

  return (
    <Box mih="100vh" py={48} bg="var(--mantine-color-default-hover)">
      <Container size={820}>
        <Group justify="flex-end" mb="xl">
          <LanguageSelect w={200} />
        </Group>
        <Stack align="center" gap="sm" mb={40}>
          <ThemeIcon size={64} radius="xl" variant="gradient" gradient={{ from: 'indigo', to: 'cyan', deg: 135 }}>
            <IconBuildingWarehouse size={34} />
          </ThemeIcon>
          <Title order={1} ta="center">
            {t('welcome.title')}
          </Title>
          <Text c="dimmed" ta="center" maw={560}>
            {t('welcome.subtitle')}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <WelcomeChoice
            primary
            icon={IconSparkles}
            color="indigo"
            title={t('welcome.demo.title')}
            description={t('welcome.demo.description')}
            buttonLabel={t('welcome.demo.button')}
            loading={pendingMode === 'demo'}
            disabled={initialise.isPending}
            onChoose={() => choose('demo')}
            testId="welcome-demo"
          />
          <WelcomeChoice
            icon={IconFile}
            color="gray"
            title={t('welcome.empty.title')}
            description={t('welcome.empty.description')}
            buttonLabel={t('welcome.empty.button')}
            loading={pendingMode === 'empty'}
            disabled={initialise.isPending}
            onChoose={() => choose('empty')}
            testId="welcome-empty"
          />
        </SimpleGrid>
        <Center mt="xl" mih={24}>
          {pendingMode === 'demo' && (
            <Text size="sm" c="dimmed" role="status">
              {t('welcome.demo.loading')}
            </Text>
          )}
        </Center>
      </Container>
    </Box>
  );
}
