/**
 * The readable message in an error body. Contract order: `detail`, `message`,
 * `error_description`, `error`; then a DRF field map joined into "field: message" lines.
 * Returns null when the body says nothing usable (an HTML page, an empty object).
 */
export function messageFromBody(body: unknown): string | null {
  const message = findMessage(body);
  return message === null ? null : clipMessage(message);
}

/** An error body can be anything, a megabyte included; a card quotes at most this much. */
export const MAX_MESSAGE_LENGTH = 300;

function clipMessage(message: string): string {
  if (message.length <= MAX_MESSAGE_LENGTH) return message;
  const characters = Array.from(message);
  return characters.length > MAX_MESSAGE_LENGTH ? `${characters.slice(0, MAX_MESSAGE_LENGTH).join('')}…` : message;
}

function findMessage(body: unknown): string | null {
  if (typeof body === 'string') return body.trim() && !looksLikeHtml(body) ? body.trim() : null;
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

/** An HTML page (a proxy's error page, a login page) rather than the API's JSON or a plain message. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text);
}
