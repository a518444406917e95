import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { NuqsTestingAdapter, type OnUrlUpdateFunction } from 'nuqs/adapters/testing';
import type { ReactElement } from 'react';
import { AppConfigProvider, FALLBACK_CONFIG, type AppConfig } from '../state/app-config';

interface Options {
  searchParams?: string;
  /** Merged over the config of a demo server without sign-in. */
  config?: Partial<AppConfig>;
  onUrlUpdate?: OnUrlUpdateFunction;
}

/** A fresh QueryClient per test with retries off, the URL adapter and the server's config. */
export function renderWithProviders(ui: ReactElement, options: Options = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <AppConfigProvider config={{ ...FALLBACK_CONFIG, ...options.config }}>
      <QueryClientProvider client={queryClient}>
        <NuqsTestingAdapter searchParams={options.searchParams ?? ''} onUrlUpdate={options.onUrlUpdate} hasMemory>
          {ui}
        </NuqsTestingAdapter>
      </QueryClientProvider>
    </AppConfigProvider>,
  );
  return { ...result, queryClient };
}
