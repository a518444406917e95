import type { Config } from './config.ts';

/** What the browser may know about the server's configuration: never the key or the base URL. */
export interface PublicConfig {
  mode: 'demo' | 'proxy';
  org: string;
  userId: string;
}

export const CONFIG_META_PLACEHOLDER = '<meta name="ibl-config" content="" />';

export function publicConfigOf(config: Config): PublicConfig {
  return { mode: config.mode, org: config.org, userId: config.userId };
}

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * Fills the config meta tag of index.html. Without the placeholder the tag goes before
 * </head>, so an index.html that lost it still tells the SPA which mode it runs in.
 */
export function renderIndexHtml(html: string, publicConfig: PublicConfig): string {
  const json = JSON.stringify({ mode: publicConfig.mode, org: publicConfig.org, userId: publicConfig.userId });
  const meta = `<meta name="ibl-config" content="${escapeAttribute(json)}" />`;
  if (html.includes(CONFIG_META_PLACEHOLDER)) return html.replace(CONFIG_META_PLACEHOLDER, () => meta);
  const head = html.search(/<\/head>/i);
  return head === -1 ? html : `${html.slice(0, head)}  ${meta}\n  ${html.slice(head)}`;
}
