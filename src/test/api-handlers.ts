import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import type { Endpoint } from '../../shared/endpoints';

const PATH = '*/api/ai-analytics/orgs/:org/users/:user';

/** Answers one endpoint with a JSON body and status; records the query strings it saw. */
export function answer(endpoint: Endpoint, body: JsonBodyType, init: { status?: number; headers?: Record<string, string> } = {}) {
  const seen: URLSearchParams[] = [];
  const handler = http.get(`${PATH}/${endpoint}/`, ({ request }) => {
    seen.push(new URL(request.url).searchParams);
    return HttpResponse.json(body, init);
  });
  return { handler, seen };
}

/** Never answers while the test looks at the loading state. */
export function hang(endpoint: Endpoint) {
  return http.get(`${PATH}/${endpoint}/`, async () => {
    await delay('infinite');
    return HttpResponse.json(null);
  });
}

/** Answers with a raw body (an HTML error page, broken JSON). */
export function answerText(endpoint: Endpoint, text: string, status: number, contentType = 'text/html') {
  return http.get(`${PATH}/${endpoint}/`, () => new HttpResponse(text, { status, headers: { 'Content-Type': contentType } }));
}
