import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { THEME_COOKIE } from '../shared/first-view-render.ts';

/** Dark when the viewer's page last showed dark: the HTML is then drawn dark from its first paint. */
export function pageIsDark(c: Context): boolean {
  return getCookie(c, THEME_COOKIE) === 'dark';
}

/** `<html …>` with the dark class (and colour scheme) the page would otherwise set after its script has run. */
export function withDarkTheme(html: string): string {
  return html.replace(/<html\b([^>]*)>/i, (_tag, attributes: string) => `<html${attributes} class="dark" style="color-scheme: dark">`);
}
