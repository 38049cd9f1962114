import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppError } from '@shared/api/app-error';
import { App } from './App';
import { createBridge } from './bridge/create-bridge';
import { initI18n } from './i18n/i18n';
import { initialLanguage } from './i18n/ui-language';

const bridge = createBridge(window);
initI18n(initialLanguage(window.localStorage, navigator.language));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A local backend either answers or is gone; only a dropped connection is worth one retry.
      retry: (failures, error) => failures < 1 && (error as AppError).code === 'unavailable',
      refetchOnWindowFocus: false,
      staleTime: 5_000,
    },
    mutations: { retry: false },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App bridge={bridge} queryClient={queryClient} />
  </StrictMode>,
);
