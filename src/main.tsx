import { hydrate, type QueryClient } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { startFirstView } from './app/first-view';
import { applyTheme, storedTheme, systemTheme } from './app/theme';
import { Page } from './app/page';
import { createQueryClient } from './app/query-client';
import { signInAgain } from './api/sign-in-again';
import { readAppConfig } from './state/app-config';
import { browserUrlStore } from './state/url-search';
import { FIRST_VIEW_STATE_ID } from '../shared/first-view-render';
import './index.css';

// Before the first render, so a dark-mode reader never sees a white flash.
applyTheme(storedTheme() ?? systemTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const config = readAppConfig(document);
// Only the oidc mode has a sign-in to go back through; a refusal in header mode is just a message.
const queryClient = createQueryClient(config.auth.mode === 'oidc' ? signInAgain() : null);
const page = <Page config={config} queryClient={queryClient} url={browserUrlStore()} />;

/** The data the server drew the first view from (src/entry-server.tsx), put in the cache. */
function tookServerData(client: QueryClient): boolean {
  const text = document.getElementById(FIRST_VIEW_STATE_ID)?.textContent;
  if (!text) return false;
  try {
    hydrate(client, JSON.parse(text));
    return true;
  } catch {
    return false;
  }
}

// As transitions, the first render (or the hydration of the server's) yields to the browser every
// few milliseconds instead of holding the main thread for the whole tree.
if (root.firstElementChild !== null && tookServerData(queryClient)) {
  startTransition(() => void hydrateRoot(root, page));
} else {
  // Nothing is painted before the first view's data is in (or the wait is over).
  void startFirstView(queryClient, config, window.location.search).then(() => {
    startTransition(() => createRoot(root).render(page));
  });
}
