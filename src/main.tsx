import { QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTheme, storedTheme, systemTheme } from './app/theme';
import { createQueryClient } from './app/query-client';
import { AppConfigProvider, readAppConfig } from './state/app-config';
import './index.css';

// Before the first render, so a dark-mode reader never sees a white flash.
applyTheme(storedTheme() ?? systemTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppConfigProvider config={readAppConfig(document)}>
      <QueryClientProvider client={createQueryClient()}>
        <NuqsAdapter>
          <App />
        </NuqsAdapter>
      </QueryClientProvider>
    </AppConfigProvider>
  </StrictMode>,
);
