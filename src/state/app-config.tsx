import { createContext, use, type ReactNode } from 'react';

/** What the server tells the page about itself, in `<meta name="ibl-config">`. Never the key. */
export interface AppConfig {
  mode: 'demo' | 'proxy';
  org: string;
  userId: string;
}

export const FALLBACK_CONFIG: AppConfig = { mode: 'demo', org: 'demo', userId: 'admin' };

export function readAppConfig(doc: Document): AppConfig {
  const content = doc.querySelector('meta[name="ibl-config"]')?.getAttribute('content');
  if (!content) return FALLBACK_CONFIG;
  try {
    const value: unknown = JSON.parse(content);
    if (typeof value !== 'object' || value === null) return FALLBACK_CONFIG;
    const record: Record<string, unknown> = { ...value };
    return {
      mode: record.mode === 'proxy' ? 'proxy' : 'demo',
      org: typeof record.org === 'string' && record.org ? record.org : FALLBACK_CONFIG.org,
      userId: typeof record.userId === 'string' && record.userId ? record.userId : FALLBACK_CONFIG.userId,
    };
  } catch {
    return FALLBACK_CONFIG;
  }
}

const AppConfigContext = createContext<AppConfig>(FALLBACK_CONFIG);

export function AppConfigProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  return <AppConfigContext value={config}>{children}</AppConfigContext>;
}

export function useAppConfig(): AppConfig {
  return use(AppConfigContext);
}
