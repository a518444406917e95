/**
 * The data manager endpoints this dashboard reads, and the query parameters each may carry
 * upstream; the server forwards nothing else. Adding an endpoint is one line here.
 */
export const ENDPOINTS = {
  'sentiment-count': { service: 'ai-analytics', params: ['period'] },
  'tenant-cost': { service: 'ai-analytics', params: ['start_date', 'end_date'] },
  'user-sentiment': { service: 'ai-analytics', params: ['start_date', 'end_date'] },
  'top-students-by-chat-messages': { service: 'ai-analytics', params: ['mentor_id', 'start_date', 'end_date'] },
  'my-mentors': { service: 'ai-search', params: ['query', 'limit', 'offset', 'unique_id'] },
} as const satisfies Record<string, { service: string; params: readonly string[] }>;

export type Endpoint = keyof typeof ENDPOINTS;
export type Service = (typeof ENDPOINTS)[Endpoint]['service'];

export function isEndpoint(value: string): value is Endpoint {
  return Object.hasOwn(ENDPOINTS, value);
}

/** Path of an endpoint for an org and requesting admin; the trailing slash is part of the API. */
export function endpointPath(endpoint: Endpoint, org: string, userId: string): string {
  const { service } = ENDPOINTS[endpoint];
  return `/api/${service}/orgs/${encodeURIComponent(org)}/users/${encodeURIComponent(userId)}/${endpoint}/`;
}

/** Every endpoint name, in table order. */
export const ENDPOINT_NAMES: readonly Endpoint[] = Object.keys(ENDPOINTS).filter(isEndpoint);
