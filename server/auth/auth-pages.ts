import { escapeHtml } from '../html-escape.ts';
import { loginPathFor } from './next-path.ts';

/** A small page for a sign-in that went wrong: what happened, and a link to start over. */
export function signInProblemHtml(message: string, next: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign-in did not complete</title></head>
<body>
<main>
<h1>Sign-in did not complete</h1>
<p>${escapeHtml(message)}</p>
<p><a href="${escapeHtml(loginPathFor(next))}">Try again</a></p>
</main>
</body>
</html>
`;
}

export function plainText(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  });
}
