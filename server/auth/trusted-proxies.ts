import { BlockList, isIP } from 'node:net';

/** The addresses a header-mode request may come from, as node:net's BlockList matches them. */
export interface TrustedProxies {
  /** The entries as configured, for messages. */
  entries: readonly string[];
  includes(remoteAddress: string | undefined): boolean;
}

/** `::ffff:10.0.0.1` is how a dual-stack socket reports an IPv4 peer. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped?.[1] ?? address;
}

function family(address: string): 'ipv4' | 'ipv6' | null {
  const version = isIP(address);
  return version === 4 ? 'ipv4' : version === 6 ? 'ipv6' : null;
}

/** Parses "10.0.0.1, 10.1.0.0/16, fd00::/8"; returns null with the offending entry when one is not an address or range. */
export function parseTrustedProxies(entries: readonly string[]): TrustedProxies | { invalid: string } {
  const list = new BlockList();
  for (const entry of entries) {
    const [rawAddress = '', prefix, extra] = entry.split('/');
    const address = unmapped(rawAddress);
    const type = family(address);
    if (type === null || extra !== undefined) return { invalid: entry };
    if (prefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
    if (!(bits >= 0 && bits <= (type === 'ipv4' ? 32 : 128))) return { invalid: entry };
    list.addSubnet(address, bits, type);
  }
  return {
    entries,
    includes(remoteAddress) {
      if (remoteAddress === undefined) return false;
      const address = unmapped(remoteAddress);
      const type = family(address);
      return type !== null && list.check(address, type);
    },
  };
}
