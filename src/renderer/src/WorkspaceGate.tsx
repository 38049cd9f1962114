import { Center, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppRoutes } from './AppRoutes';
import { CenteredLoader } from './components/CenteredLoader';
import { ErrorState } from './components/ErrorState';
import { useWorkspaceEvents } from './hooks/use-workspace-events';
import { useWorkspaceInfo } from './hooks/use-workspace';
import { WelcomePage } from './pages/welcome/WelcomePage';

/** Until the workspace is initialised there is nothing to navigate: show the welcome choice. */
export function WorkspaceGate() {
  const { t } = useTranslation();
  const info = useWorkspaceInfo();
  useWorkspaceEvents();
  if (info.isPending) return <CenteredLoader fullScreen label={t('common.loading')} />;
  if (info.error) {
    return (
      <Center mih="100vh">
        <Container size={520} w="100%">
          <ErrorState error={info.error} onRetry={() => void info.refetch()} />
        </Container>
      </Center>
    );
  }
  return info.data.initialised ? <AppRoutes /> : <WelcomePage />;
}
