import { describe, expect, it } from 'vitest';
import { apiBaseString, ConfigError, loadConfig } from './config.ts';

const KEY = 'sk-live-abcdef0123456789';

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig did not throw');
}

describe('loadConfig', () => {
  it('defaults to demo mode on 127.0.0.1:4173 as demo/admin', () => {
    expect(loadConfig({})).toEqual({
      mode: 'demo',
      apiBase: null,
      apiKey: null,
      org: 'demo',
      userId: 'admin',
      port: 4173,
      host: '127.0.0.1',
      cache: { todaySeconds: 60, pastSeconds: 600, maxBytes: 64 * 1024 * 1024 },
      redisUrl: null,
      firstView: 'server',
    });
  });

  it('renders first views in the browser alone when FIRST_VIEW=browser, and names the variable for anything else', () => {
    expect(loadConfig({ FIRST_VIEW: 'browser' }).firstView).toBe('browser');
    expect(loadConfig({ FIRST_VIEW: 'server' }).firstView).toBe('server');
    expect(configError({ FIRST_VIEW: 'ssr' }).message).toBe('FIRST_VIEW must be server or browser (got "ssr").');
  });

  it('treats an empty IBL_API_BASE (as in .env.example) as demo mode and empty values as unset', () => {
    const config = loadConfig({ IBL_API_BASE: '', IBL_API_KEY: '', IBL_ORG: '', IBL_USER_ID: '', PORT: '', HOST: '' });
    expect(config).toMatchObject({ mode: 'demo', org: 'demo', userId: 'admin', port: 4173, host: '127.0.0.1' });
  });

  it('reads proxy mode, org, user, port and host', () => {
    const config = loadConfig({
      IBL_API_BASE: 'https://api.iblai.app/dm/',
      IBL_API_KEY: ` ${KEY}\n`,
      IBL_ORG: 'acme-u',
      IBL_USER_ID: 'jane.doe@acme.edu',
      PORT: '8080',
      HOST: '0.0.0.0',
    });
    expect(config.mode).toBe('proxy');
    expect(config.apiKey).toBe(KEY);
    expect(config.apiBase && apiBaseString(config.apiBase)).toBe('https://api.iblai.app/dm');
    expect(config).toMatchObject({ org: 'acme-u', userId: 'jane.doe@acme.edu', port: 8080, host: '0.0.0.0' });
  });

  it('keeps a bare host base without a trailing slash', () => {
    const config = loadConfig({ IBL_API_BASE: 'https://base.manager.iblai.app', IBL_API_KEY: KEY });
    expect(config.apiBase && apiBaseString(config.apiBase)).toBe('https://base.manager.iblai.app');
  });

  it.each([
    [{ IBL_API_BASE: 'https://base.manager.iblai.app' }, /IBL_API_KEY/],
    [{ IBL_API_BASE: 'https://base.manager.iblai.app', IBL_API_KEY: '   ' }, /IBL_API_KEY/],
    [{ IBL_API_BASE: 'base.manager.iblai.app', IBL_API_KEY: KEY }, /not a valid URL/],
    [{ IBL_API_BASE: 'ftp://base.manager.iblai.app', IBL_API_KEY: KEY }, /https:\/\//],
    [{ IBL_API_BASE: 'javascript:alert(1)', IBL_API_KEY: KEY }, /https:\/\//],
    [{ IBL_API_BASE: 'https://base.manager.iblai.app/api', IBL_API_KEY: KEY }, /\/api/],
    [{ IBL_API_BASE: 'https://base.manager.iblai.app/?x=1', IBL_API_KEY: KEY }, /query string/],
    [{ IBL_API_BASE: `https://user:${KEY}@base.manager.iblai.app`, IBL_API_KEY: KEY }, /user name or password/],
    [{ IBL_API_BASE: 'https://base.manager.iblai.app', IBL_API_KEY: `${KEY} extra` }, /IBL_API_KEY/],
    [{ PORT: 'http' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ PORT: '-1' }, /PORT/],
    [{ PORT: '80.5' }, /PORT/],
    [{ IBL_ORG: '../admin' }, /IBL_ORG/],
    [{ IBL_USER_ID: 'a/b' }, /IBL_USER_ID/],
  ])('rejects %o with one clear line', (env, message) => {
    const error = configError(env);
    expect(error.name).toBe('ConfigError');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toContain(KEY);
  });
});
