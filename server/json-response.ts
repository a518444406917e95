/** API answers are per tenant and per admin, so no cache may keep them. */
export function jsonResponse(status: number, body: unknown, extraHeaders: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...extraHeaders },
  });
}

export function jsonError(status: number, detail: string, extraHeaders: Record<string, string> = {}): Response {
  return jsonResponse(status, { detail }, extraHeaders);
}
