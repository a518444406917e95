import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { loadFirstViewRenderer } from './first-view-loader.ts';
import { loadAuthConfig, type AuthSettings } from './auth/auth-config.ts';
import { resolveAuth, type AuthRuntime } from './auth/auth-runtime.ts';
import { apiBaseString, ConfigError, loadConfig, type Config } from './config.ts';
import { loadEnvFileIfPresent } from './env-file.ts';
import { describeListenError, serverUrl } from './listen-errors.ts';
import { connectRedis, type RedisConnection } from './redis/redis-connection.ts';
import { RedisSessionStore } from './redis/redis-session-store.ts';

const SHUTDOWN_GRACE_MS = 5_000;

function readConfig(): Config {
  try {
    loadEnvFileIfPresent(resolve(process.cwd(), '.env'));
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

function readAuthSettings(config: Config): AuthSettings {
  try {
    const settings = loadAuthConfig(process.env, config);
    if (settings.warning !== null) console.warn(settings.warning);
    return settings;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** The network part of sign-in (the provider's discovery document), after every offline check. */
async function startAuth(settings: AuthSettings, redis: RedisConnection | null): Promise<AuthRuntime> {
  try {
    return await resolveAuth(settings, redis === null ? {} : { store: new RedisSessionStore(redis.client) });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

function describeAuth(auth: AuthRuntime): string {
  const { settings } = auth;
  if (settings.mode === 'oidc') return `sign-in through ${settings.issuer.origin}`;
  if (settings.mode === 'header') return `sign-in by ${settings.header} from ${settings.trustedProxies.entries.join(', ')}`;
  return 'sign-in off';
}

const config = readConfig();
const authSettings = readAuthSettings(config);
const log = (line: string) => console.log(line);
// Several instances share the response cache and the sessions through Redis; a Redis that is
// down is said once in the log, and the dashboard keeps answering from the upstream meanwhile.
const redis = config.redisUrl === null ? null : connectRedis(config.redisUrl, log);
const auth = await startAuth(authSettings, redis);
// Without a client build the pages say to run `npm run build` (503), and there is nothing to draw.
const clientBuilt = existsSync(fileURLToPath(new URL('../dist/client/index.html', import.meta.url)));
const renderFirstView =
  config.firstView === 'server' && clientBuilt
    ? await loadFirstViewRenderer(fileURLToPath(new URL('../dist/server/entry-server.js', import.meta.url)), log)
    : null;
const app = createApp({ config, auth, redis, log, renderFirstView });
const shared = redis === null ? 'cache and sessions in this process' : 'cache and sessions shared through Redis';

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const source = config.mode === 'demo' ? 'demo data' : `proxy to ${apiBaseString(config.apiBase)}`;
  console.log(`ibl analytics dashboard on ${serverUrl(config.host, info.port)} (${source}, ${describeAuth(auth)}, ${shared})`);
});

server.on('error', (error) => {
  console.error(describeListenError(error, config.host, config.port));
  process.exit(1);
});

function shutDown(): void {
  // Idle keep-alive sockets would hold close() open; requests in flight get a grace period.
  const force = setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS);
  force.unref();
  server.close(() => process.exit(0));
  if ('closeIdleConnections' in server) server.closeIdleConnections();
}

process.once('SIGTERM', shutDown);
process.once('SIGINT', shutDown);
