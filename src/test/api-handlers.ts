import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { ENDPOINTS, type Endpoint } from '../../shared/endpoints';

/** Any org and admin, the endpoint's own service: the pattern msw matches an endpoint's calls by. */
const path = (endpoint: Endpoint) => `*/api/${ENDPOINTS[endpoint].service}/orgs/:org/users/:user/${endpoint}/`;

/** Answers one endpoint with a JSON body and status; records the query strings it saw. */
export function answer(endpoint: Endpoint, body: JsonBodyType, init: { status?: number; headers?: Record<string, string> } = {}) {
  const seen: URLSearchParams[] = [];
  const handler = http.get(path(endpoint), ({ request }) => {
    seen.push(new URL(request.url).searchParams);
    return HttpResponse.json(body, init);
  });
  return { handler, seen };
}

/** Never answers while the test looks at the loading state. */
export function hang(endpoint: Endpoint) {
  return http.get(path(endpoint), async () => {
    await delay('infinite');
    return HttpResponse.json(null);
  });
}

/** Answers with a raw body (an HTML error page, broken JSON). */
export function answerText(endpoint: Endpoint, text: string, status: number, contentType = 'text/html') {
  return http.get(path(endpoint), () => new HttpResponse(text, { status, headers: { 'Content-Type': contentType } }));
}
