/** The three data manager endpoints this dashboard reads; the server forwards nothing else. */
export const ENDPOINTS = ['sentiment-count', 'tenant-cost', 'top-students-by-chat-messages'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export function isEndpoint(value: string): value is Endpoint {
  return (ENDPOINTS as readonly string[]).includes(value);
}

/** Path of an endpoint for an org and requesting admin; the trailing slash is part of the API. */
export function endpointPath(endpoint: Endpoint, org: string, userId: string): string {
  return `/api/ai-analytics/orgs/${encodeURIComponent(org)}/users/${encodeURIComponent(userId)}/${endpoint}/`;
}
