import { expect, it } from 'vitest';
import { parseTrustedProxies } from './trusted-proxies.ts';

it('matches addresses and CIDR ranges of both families, IPv4-mapped IPv6 included', () => {
  const proxies = parseTrustedProxies(['127.0.0.1', '10.0.0.0/8', 'fd00::/8', '::1']);
  if ('invalid' in proxies) throw new Error(proxies.invalid);
  for (const address of ['127.0.0.1', '::ffff:127.0.0.1', '10.255.0.1', 'fd12:3456::1', '::1']) {
    expect(proxies.includes(address), address).toBe(true);
  }
  for (const address of ['127.0.0.2', '11.0.0.1', 'fe80::1', '::2', undefined, 'not-an-ip']) {
    expect(proxies.includes(address), String(address)).toBe(false);
  }
});

it.each([['10.0.0.0/33'], ['fd00::/129'], ['10.0.0.0/x'], ['10.0.0.0/8/8'], ['proxy.local'], ['10.0.0']])('refuses %s', (entry) => {
  expect(parseTrustedProxies([entry])).toEqual({ invalid: entry });
});
