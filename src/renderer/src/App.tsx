import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { StorefleetBridge } from '@shared/api/contract';
import { BridgeProvider } from './bridge/bridge-context';
import { useUiLanguage } from './i18n/use-ui-language';
import { cssVariablesResolver, themeFor } from './theme';
import { WorkspaceGate } from './WorkspaceGate';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'storefleet.color-scheme' });

export function App({ bridge, queryClient }: { bridge: StorefleetBridge; queryClient: QueryClient }) {
  const { language } = useUiLanguage();
  const theme = useMemo(() => themeFor(language), [language]);
  return (
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <BridgeProvider bridge={bridge}>
          <WorkspaceGate />
        </BridgeProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
