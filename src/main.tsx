import { QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startFirstView } from './app/first-view';
import { applyTheme, storedTheme, systemTheme } from './app/theme';
import { createQueryClient } from './app/query-client';
import { Root } from './app/root';
import { signInAgain } from './api/sign-in-again';
import { AppConfigProvider, readAppConfig } from './state/app-config';
import { browserUrlStore, UrlProvider } from './state/url-search';
import './index.css';

// Before the first render, so a dark-mode reader never sees a white flash.
applyTheme(storedTheme() ?? systemTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const config = readAppConfig(document);
// Only the oidc mode has a sign-in to go back through; a refusal in header mode is just a message.
const queryClient = createQueryClient(config.auth.mode === 'oidc' ? signInAgain() : null);

void startFirstView(queryClient, config, window.location.search).then(() => {
  // As a transition, the first render yields to the browser every few milliseconds instead of
  // holding the main thread for the whole tree: nothing is painted before it is all there.
  startTransition(() => createRoot(root).render(
    <StrictMode>
      <AppConfigProvider config={config}>
        <QueryClientProvider client={queryClient}>
          <UrlProvider store={browserUrlStore()}>
            <Root />
          </UrlProvider>
        </QueryClientProvider>
      </AppConfigProvider>
    </StrictMode>,
  ));
});
