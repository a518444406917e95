import { loadConfig, type Config } from './config.ts';

/** Helpers shared by the server tests; nothing here runs in production. */

export const SECRET_KEY = 'sk-test-9f8e7d6c5b4a-SECRET';
export const UPSTREAM_BASE = 'https://api.example.test/dm';

export function demoConfig(env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig(env);
}

export function proxyConfig(env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ IBL_API_BASE: UPSTREAM_BASE, IBL_API_KEY: SECRET_KEY, ...env });
}

export interface UpstreamCall {
  url: string;
  init: RequestInit | undefined;
  headers: Headers;
}

/** A fetch stand-in that records every call and answers with `answer`. */
export function recordingFetch(
  answer: (url: string, init: RequestInit | undefined) => Response | Promise<Response> = () =>
    Response.json([{ date: '2024-01-01T00:00:00Z', sentiment_count: 3 }]),
): { fetchUpstream: typeof fetch; calls: UpstreamCall[] } {
  const calls: UpstreamCall[] = [];
  const fetchUpstream: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : input.toString();
    calls.push({ url, init, headers: new Headers(init?.headers) });
    return answer(url, init);
  };
  return { fetchUpstream, calls };
}

export const SENTIMENT_PATH = '/api/ai-analytics/orgs/acme/users/admin/sentiment-count/';
export const COST_PATH = '/api/ai-analytics/orgs/acme/users/admin/tenant-cost/';
export const TOP_PATH = '/api/ai-analytics/orgs/acme/users/admin/top-students-by-chat-messages/';

/** The policy every answer carries, written out: a change to it must be deliberate. */
export const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
