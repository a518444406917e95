import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { AppConfigProvider, type AppConfig } from '../state/app-config';
import { UrlProvider, type UrlStore } from '../state/url-search';
import { Root } from './root';

/** The whole page with what it runs on: the browser renders it, and the server its first view. */
export function Page({ config, queryClient, url }: { config: AppConfig; queryClient: QueryClient; url: UrlStore }) {
  return (
    <StrictMode>
      <AppConfigProvider config={config}>
        <QueryClientProvider client={queryClient}>
          <UrlProvider store={url}>
            <Root />
          </UrlProvider>
        </QueryClientProvider>
      </AppConfigProvider>
    </StrictMode>
  );
}
