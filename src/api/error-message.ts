/**
 * The readable message in an error body. Contract order: `detail`, `message`,
 * `error_description`, `error`; then a DRF field map joined into "field: message" lines.
 * Returns null when the body says nothing usable (an HTML page, an empty object).
 */
export function messageFromBody(body: unknown): string | null {
  if (typeof body === 'string') return body.trim() && !looksLikeHtml(body) ? body.trim().slice(0, 300) : null;
  if (Array.isArray(body)) return joinMessages(body);
  if (!isRecord(body)) return null;
  for (const key of ['detail', 'message', 'error_description', 'error']) {
    const text = joinMessages(body[key]);
    if (text) return text;
  }
  const lines = Object.entries(body)
    .map(([field, value]) => {
      const text = joinMessages(value);
      return text ? `${field === 'non_field_errors' ? '' : `${field}: `}${text}` : null;
    })
    .filter((line): line is string => line !== null);
  return lines.length > 0 ? lines.join('\n') : null;
}

function joinMessages(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const parts = value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
    return parts.length > 0 ? parts.join(' ') : null;
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text);
}
