import type { Hono } from 'hono';

/**
 * A browser stand-in for the server tests: keeps cookies per origin, sends requests for
 * PUBLIC_URL to the app in-process and everything else (the test provider) over the network,
 * and follows redirects by hand so each hop can be inspected. Nothing here runs in production.
 */

interface StoredCookie {
  value: string;
}

export interface Hop {
  url: string;
  status: number;
  location: string | null;
}

export interface DriverOptions {
  /** The app in-process; without it, requests for PUBLIC_URL go over the network too. */
  app?: Hono;
  publicUrl: string;
  /** Passed as the app's env, e.g. a fake `incoming` with a socket address. */
  env?: Record<string, unknown>;
}

export class SignInDriver {
  readonly #app: Hono | undefined;
  readonly #publicOrigin: string;
  readonly #env: Record<string, unknown> | undefined;
  readonly #jars = new Map<string, Map<string, StoredCookie>>();
  /** Every Set-Cookie header the app sent, in order. */
  readonly appSetCookies: string[] = [];

  constructor(options: DriverOptions) {
    this.#app = options.app;
    this.#publicOrigin = new URL(options.publicUrl).origin;
    this.#env = options.env;
  }

  #jar(origin: string): Map<string, StoredCookie> {
    let jar = this.#jars.get(origin);
    if (jar === undefined) {
      jar = new Map();
      this.#jars.set(origin, jar);
    }
    return jar;
  }

  /** The app's cookies as a Cookie header value. */
  appCookieHeader(): string {
    return [...this.#jar(this.#publicOrigin)].map(([name, cookie]) => `${name}=${cookie.value}`).join('; ');
  }

  appCookie(name: string): string | undefined {
    return this.#jar(this.#publicOrigin).get(name)?.value;
  }

  setAppCookie(name: string, value: string): void {
    this.#jar(this.#publicOrigin).set(name, { value });
  }

  #remember(origin: string, setCookies: string[]): void {
    const jar = this.#jar(origin);
    for (const header of setCookies) {
      const [pair = '', ...attributes] = header.split(';');
      const equals = pair.indexOf('=');
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = '', raw = ''] = attribute.split('=').map((part) => part.trim());
        if (key.toLowerCase() === 'max-age') return Number(raw) <= 0;
        if (key.toLowerCase() === 'expires') return Date.parse(raw) <= Date.now();
        return false;
      });
      if (expired || value === '') jar.delete(name);
      else jar.set(name, { value });
    }
  }

  /** One request, no redirect followed. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url, this.#publicOrigin);
    const headers = new Headers(init.headers);
    const jar = this.#jar(target.origin);
    if (jar.size > 0 && !headers.has('cookie')) {
      headers.set('cookie', [...jar].map(([name, cookie]) => `${name}=${cookie.value}`).join('; '));
    }
    let response: Response;
    if (target.origin === this.#publicOrigin && this.#app !== undefined) {
      response = await this.#app.request(target.href, { ...init, headers }, this.#env);
      this.appSetCookies.push(...response.headers.getSetCookie());
    } else {
      response = await fetch(target, { ...init, headers, redirect: 'manual' });
      if (target.origin === this.#publicOrigin) this.appSetCookies.push(...response.headers.getSetCookie());
    }
    this.#remember(target.origin, response.headers.getSetCookie());
    return response;
  }

  /** GETs `url` and follows redirects until an answer that is not one, or until `stopAt` says so. */
  async follow(url: string, stopAt: (hop: Hop) => boolean = () => false): Promise<{ response: Response; hops: Hop[] }> {
    const hops: Hop[] = [];
    let current = new URL(url, this.#publicOrigin).href;
    for (let step = 0; step < 20; step += 1) {
      const response = await this.request(current, { headers: { accept: 'text/html' } });
      const location = response.headers.get('location');
      const hop = { url: current, status: response.status, location };
      hops.push(hop);
      if (location === null || response.status < 300 || response.status >= 400 || stopAt(hop)) return { response, hops };
      await response.body?.cancel();
      current = new URL(location, current).href;
    }
    throw new Error(`Too many redirects from ${url}`);
  }

  /**
   * Signs `login` in through the provider's login form, starting at `start` (a page or
   * /auth/login). Returns the app's last redirect, whose Location is where the person lands.
   */
  async signIn(login: string, start = '/auth/login'): Promise<{ landing: string | null; hops: Hop[] }> {
    const atCallback = (hop: Hop): boolean => hop.url.startsWith(`${this.#publicOrigin}/auth/callback`);
    const toProvider = await this.follow(start, atCallback);
    let page = toProvider.response;
    const hops = [...toProvider.hops];
    const html = await page.text();
    if (html.includes('name="login"')) {
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (action === undefined) throw new Error('The provider page has no form.');
      const last = hops.at(-1)?.url ?? start;
      page = await this.request(new URL(action.replaceAll('&amp;', '&'), last).href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
      });
      const location = page.headers.get('location');
      if (location === null) throw new Error(`The provider did not accept the login: ${page.status} ${await page.text()}`);
      const back = await this.follow(new URL(location, last).href, atCallback);
      hops.push(...back.hops);
    }
    const callback = hops.findLast(atCallback);
    return { landing: callback?.location ?? null, hops };
  }
}
