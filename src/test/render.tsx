import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AppConfigProvider, FALLBACK_CONFIG, type AppConfig } from '../state/app-config';
import { memoryUrlStore, UrlProvider, type UrlUpdateEvent } from '../state/url-search';

interface Options {
  searchParams?: string;
  /** Merged over the config of a demo server without sign-in. */
  config?: Partial<AppConfig>;
  onUrlUpdate?: (event: UrlUpdateEvent) => void;
}

/** A fresh QueryClient per test with retries off, the URL adapter and the server's config. */
export function renderWithProviders(ui: ReactElement, options: Options = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <AppConfigProvider config={{ ...FALLBACK_CONFIG, ...options.config }}>
      <QueryClientProvider client={queryClient}>
        <UrlProvider store={memoryUrlStore(options.searchParams ?? '', options.onUrlUpdate)}>
          {ui}
        </UrlProvider>
      </QueryClientProvider>
    </AppConfigProvider>,
  );
  return { ...result, queryClient };
}
