import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { THEME_COOKIE } from '../../shared/first-view-render';

export type Theme = 'light' | 'dark';
const STORAGE_KEY = 'ibl-analytics-theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme the person chose, or null to follow the system. */
export function storedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

export function systemTheme(): Theme {
  return window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme) {
  document.documentElement.classList.toggle('dark', theme === 'dark');
  document.documentElement.style.colorScheme = theme;
  // The server draws the next page in this theme, so its first paint is already dark (or not).
  document.cookie = `${THEME_COOKIE}=${theme}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia?.(DARK_QUERY);
  media?.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener('change', listener);
  };
}
function snapshot(): Theme {
  return storedTheme() ?? systemTheme();
}

/** Follows the system until the person picks a theme; the pick is remembered in this browser. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const theme = useSyncExternalStore(subscribe, snapshot, () => 'light' as const);
  useEffect(() => applyTheme(theme), [theme]);
  const choose = useCallback((next: Theme) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice holds for this page only.
    }
    applyTheme(next);
    for (const listener of listeners) listener();
  }, []);
  return [theme, choose];
}
