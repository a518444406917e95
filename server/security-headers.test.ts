import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.ts';
import { EXPECTED_CSP } from './test-support.ts';

function appWith(middleware: ReturnType<typeof securityHeaders>) {
  const app = new Hono();
  app.use(middleware);
  app.get('/', (c) => c.text('ok'));
  app.get('/fails', () => {
    throw new Error('broken');
  });
  app.onError(() => new Response('error', { status: 500 }));
  return app;
}

describe('securityHeaders', () => {
  it('sends our policy: no inline script, no framing, no sniffing, no referrer', async () => {
    for (const path of ['/', '/fails', '/missing']) {
      const response = await appWith(securityHeaders()).request(path);
      expect(response.headers.get('content-security-policy'), path).toBe(EXPECTED_CSP);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(response.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('lets forms go to the origins it is given besides this one, and nowhere else', async () => {
    const response = await appWith(securityHeaders({ formActionSources: ['https://id.example.edu'] })).request('/');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toBe(EXPECTED_CSP.replace("form-action 'self'", "form-action 'self' https://id.example.edu"));
    expect(policy).toContain("frame-ancestors 'none'");
  });
});
