import { describe, expect, it } from 'vitest';
import { CONFIG_META_PLACEHOLDER, publicConfigOf, renderIndexHtml } from './index-html.ts';
import { proxyConfig, SECRET_KEY, UPSTREAM_BASE } from './test-support.ts';

const HTML = `<!doctype html><html><head><title>x</title>${CONFIG_META_PLACEHOLDER}</head><body></body></html>`;

function metaContent(html: string): string {
  const match = /<meta name="ibl-config" content="([^"]*)" \/>/.exec(html);
  if (!match?.[1]) throw new Error('no filled config meta');
  return match[1].replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

describe('renderIndexHtml', () => {
  it('replaces the placeholder with the public config as attribute-escaped JSON', () => {
    const html = renderIndexHtml(HTML, { mode: 'demo', org: 'demo', userId: 'admin' });
    expect(html).not.toContain(CONFIG_META_PLACEHOLDER);
    expect(html).toContain(
      '<meta name="ibl-config" content="{&quot;mode&quot;:&quot;demo&quot;,&quot;org&quot;:&quot;demo&quot;,&quot;userId&quot;:&quot;admin&quot;}" />',
    );
    expect(JSON.parse(metaContent(html))).toEqual({ mode: 'demo', org: 'demo', userId: 'admin' });
  });

  it('escapes characters that could break out of the attribute', () => {
    const hostile = `x"><script>alert('1')</script>&`;
    const html = renderIndexHtml(HTML, { mode: 'proxy', org: hostile, userId: 'admin' });
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/content="[^"]*"[^ ]/);
    expect(JSON.parse(metaContent(html))).toEqual({ mode: 'proxy', org: hostile, userId: 'admin' });
  });

  it('does not treat $ patterns in values as replacement patterns', () => {
    const html = renderIndexHtml(HTML, { mode: 'demo', org: "$&$'", userId: 'admin' });
    expect(JSON.parse(metaContent(html))).toMatchObject({ org: "$&$'" });
  });

  it('inserts the tag before </head> when the placeholder is missing', () => {
    const html = renderIndexHtml('<html><head><title>x</title></head><body></body></html>', {
      mode: 'demo',
      org: 'demo',
      userId: 'admin',
    });
    expect(html.indexOf('name="ibl-config"')).toBeGreaterThan(-1);
    expect(html.indexOf('name="ibl-config"')).toBeLessThan(html.indexOf('</head>'));
  });

  it('never exposes the key or the base URL', () => {
    const html = renderIndexHtml(HTML, publicConfigOf(proxyConfig()));
    expect(html).not.toContain(SECRET_KEY);
    expect(html).not.toContain('example.test');
    expect(html).not.toContain(UPSTREAM_BASE);
    expect(JSON.parse(metaContent(html))).toEqual({ mode: 'proxy', org: 'demo', userId: 'admin' });
  });
});
